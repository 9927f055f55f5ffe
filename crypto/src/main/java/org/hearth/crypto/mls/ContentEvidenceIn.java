package org.hearth.crypto.mls;

import java.util.Arrays;
import java.util.Optional;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.bc.mls.BcMlsContentEvidence;

/**
 * Evidence that a member sent an application message, as a reporter submits it: the message's
 * encoded {@code AuthenticatedContent} (RFC 9420 section 6: wire format {@code
 * mls_private_message}, the FramedContent with the sender's leaf, epoch, group and application
 * data, and the sender's signature). Unverified: {@link #verify} checks the signature against the
 * sender leaf's key in the epoch's ratchet tree, over that epoch's GroupContext (section 6.1,
 * {@code FramedContentTBS}), both taken from a GroupInfo the verifier trusts.
 *
 * <p>Immutable and thread-safe.
 */
public final class ContentEvidenceIn {
  /** Hearth's limit: a content-format message is at most 64 KiB, plus framing and signature. */
  public static final int MAX_BYTES = 70 * 1024;

  private final byte[] bytes;
  private final BcMlsContentEvidence.Framing framing;

  private ContentEvidenceIn(byte[] bytes, BcMlsContentEvidence.Framing framing) {
    this.bytes = bytes;
    this.framing = framing;
  }

  /**
   * Parses the evidence (size bounded, canonical encoding, a member's application message).
   *
   * @throws MlsException if it is not such evidence
   */
  public static ContentEvidenceIn of(byte[] authenticatedContent) {
    if (authenticatedContent.length > MAX_BYTES) {
      throw new MlsException("evidence exceeds " + MAX_BYTES + " bytes");
    }
    byte[] copy = authenticatedContent.clone();
    return new ContentEvidenceIn(copy, BcMlsContentEvidence.read(copy));
  }

  /** The group the evidence claims (unverified). */
  public GroupId groupId() {
    return GroupId.of(framing.groupId());
  }

  /** The epoch the evidence claims (unverified). */
  public long epoch() {
    return framing.epoch();
  }

  /**
   * The application data as the evidence states it (unverified; it verified when the report was
   * filed, and {@link #verify} checks it again while the epoch's GroupInfo is kept).
   */
  public byte[] applicationData() {
    return framing.applicationData().clone();
  }

  /** The encoded AuthenticatedContent. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * Verifies the evidence against a GroupInfo of its group and epoch (the delivery service's stored
   * one, which it accepted only once it matched the state derived from the group's commits).
   *
   * @return the verified content, or empty when the group or epoch differ, the sender leaf is
   *     blank, or the signature does not verify
   * @throws MlsException if the GroupInfo itself does not validate
   */
  public Optional<VerifiedContent> verify(byte[] trustedGroupInfo) {
    PublicGroup view = PublicGroup.fromFirstGroupInfo(trustedGroupInfo);
    if (!view.groupId().equals(groupId()) || view.epoch() != epoch()) {
      return Optional.empty();
    }
    LeafIndex sender = new LeafIndex(framing.senderLeaf());
    Optional<Member> member =
        view.members().stream().filter(m -> m.leaf().equals(sender)).findFirst();
    if (member.isEmpty()) {
      return Optional.empty();
    }
    Ed25519PublicKey key = member.get().signatureKey();
    if (!BcMlsContentEvidence.verifies(bytes, key.encoded(), view.groupContext())) {
      return Optional.empty();
    }
    return Optional.of(
        new VerifiedContent(
            view.groupId(),
            view.epoch(),
            sender,
            key,
            Arrays.copyOf(framing.applicationData(), framing.applicationData().length)));
  }
}
