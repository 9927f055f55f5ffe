package org.hearth.crypto.mls;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.hearth.crypto.bc.mls.BcMlsMessageView;

/**
 * An MLSMessage as received from the network (RFC 9420 section 6): size-bounded and canonically
 * decoded, but not verified. {@link #info()} is what a delivery service may route and rate-limit
 * on; whatever it says about senders and proposals is a claim until {@link PublicGroup} verifies
 * the message.
 *
 * <p>Immutable and thread-safe.
 */
public final class MlsMessageIn {
  /** Hearth's default limit for one MLS message. */
  public static final int DEFAULT_MAX_BYTES = 256 * 1024;

  private final byte[] bytes;
  private final MlsMessageInfo info;

  private MlsMessageIn(byte[] bytes, MlsMessageInfo info) {
    this.bytes = bytes;
    this.info = info;
  }

  /** Parses with {@link #DEFAULT_MAX_BYTES}. */
  public static MlsMessageIn parse(byte[] bytes) {
    return parse(bytes, DEFAULT_MAX_BYTES);
  }

  /**
   * @throws MlsException if larger than {@code maxBytes}, malformed, not canonical, or followed by
   *     trailing bytes
   */
  public static MlsMessageIn parse(byte[] bytes, int maxBytes) {
    if (bytes.length > maxBytes) {
      throw new MlsException("MLS message of " + bytes.length + " bytes exceeds " + maxBytes);
    }
    byte[] copy = bytes.clone();
    BcMlsMessageView.Framing f = BcMlsMessageView.read(copy);
    MlsMessageInfo info;
    try {
      List<LeafIndex> removed = f.removedLeaves().stream().map(LeafIndex::new).toList();
      info =
          new MlsMessageInfo(
              WireFormat.of(f.wireFormat()),
              f.groupId() == null ? Optional.empty() : Optional.of(GroupId.of(f.groupId())),
              f.epoch() < 0 ? OptionalLong.empty() : OptionalLong.of(f.epoch()),
              ContentType.of(f.contentType()),
              f.senderLeaf() < 0 ? Optional.empty() : Optional.of(new LeafIndex(f.senderLeaf())),
              f.senderType() == 4,
              f.addedKeyPackages(),
              removed,
              f.proposalReferences(),
              f.hasUpdatePath());
    } catch (IllegalArgumentException e) {
      // A field decoded but out of range for MLS (for example an empty group id).
      throw new MlsException("malformed MLS message: " + e.getMessage(), e);
    }
    return new MlsMessageIn(copy, info);
  }

  public MlsMessageInfo info() {
    return info;
  }

  /** The message exactly as received. */
  public byte[] bytes() {
    return bytes.clone();
  }
}
