package org.hearth.crypto.bc.mls;

import org.bouncycastle.mls.codec.AuthenticatedContent;
import org.bouncycastle.mls.codec.ContentType;
import org.bouncycastle.mls.codec.FramedContent;
import org.bouncycastle.mls.codec.SenderType;
import org.bouncycastle.mls.codec.WireFormat;
import org.hearth.crypto.mls.MlsException;

/**
 * Reads and checks the signed content of a decrypted application message: an encoded {@code
 * AuthenticatedContent} with wire format {@code mls_private_message} (RFC 9420 section 6), whose
 * signature covers {@code FramedContentTBS} = version, wire format, the FramedContent and the
 * epoch's GroupContext (section 6.1).
 *
 * <p>Stateless and thread-safe (bcmls calls hold {@link BcMls#LOCK}).
 */
public final class BcMlsContentEvidence {
  /**
   * The unverified framing of the evidence.
   *
   * @param groupId the FramedContent's group_id
   * @param epoch its epoch
   * @param senderLeaf the sending member's leaf index
   * @param applicationData the application_data (the content as the sender signed it)
   */
  public record Framing(byte[] groupId, long epoch, int senderLeaf, byte[] applicationData) {}

  private BcMlsContentEvidence() {}

  /**
   * Decodes strictly and requires a member's application message sent as a PrivateMessage.
   *
   * @throws MlsException if it is anything else or malformed
   */
  public static Framing read(byte[] evidence) {
    BcMls.LOCK.lock();
    try {
      FramedContent content = decode(evidence).getContent();
      return new Framing(
          content.getGroupID(),
          content.getEpoch(),
          content.getSender().getSender().value(),
          content.getContentBytes());
    } catch (MlsException e) {
      throw e;
    } catch (Exception e) {
      throw BcMls.refused("malformed evidence", e);
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  /**
   * Whether the evidence's signature verifies with {@code signatureKey} (the sender leaf's raw
   * Ed25519 key) over the given encoded GroupContext.
   */
  public static boolean verifies(byte[] evidence, byte[] signatureKey, byte[] groupContext) {
    BcMls.LOCK.lock();
    try {
      return decode(evidence).verify(BcMls.suite(), signatureKey, groupContext);
    } catch (MlsException e) {
      return false;
    } catch (Exception e) {
      return false;
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  private static AuthenticatedContent decode(byte[] evidence) {
    AuthenticatedContent auth = BcMls.decodeExact(evidence, AuthenticatedContent.class);
    if (auth.getWireFormat() != WireFormat.mls_private_message) {
      throw new MlsException("evidence must come from a PrivateMessage");
    }
    FramedContent content = auth.getContent();
    if (content.getContentType() != ContentType.APPLICATION) {
      throw new MlsException("evidence must be an application message");
    }
    if (content.getSender().getSenderType() != SenderType.MEMBER) {
      throw new MlsException("evidence must come from a member");
    }
    return auth;
  }
}
