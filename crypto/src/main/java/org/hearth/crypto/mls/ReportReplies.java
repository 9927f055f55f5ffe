package org.hearth.crypto.mls;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.hearth.crypto.bc.mls.BcMlsReportReplies;

/**
 * Private replies to reports (docs/reports.md, "Replying privately"): the reporter's client makes a
 * fresh HPKE key pair of the group's ciphersuite for each report, and a facilitator's client
 * encrypts the reply to its public key with {@code EncryptWithLabel(replyKey, "Hearth report
 * reply", context, text)} (RFC 9420 section 5.1.3), where {@code context} is the UTF-8 of the group
 * id, a line feed and the report id. Only the reporter's client can open it.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportReplies {
  /** The label, which MLS prefixes with {@code "MLS 1.0 "}. */
  public static final String LABEL = "Hearth report reply";

  /** An X25519 public key. */
  public static final int KEY_BYTES = 32;

  private ReportReplies() {}

  /** A reply key pair; the private key never leaves the reporter's device. */
  public record KeyPair(byte[] publicKey, byte[] privateKey) {
    public KeyPair {
      publicKey = publicKey.clone();
      privateKey = privateKey.clone();
    }

    @Override
    public byte[] publicKey() {
      return publicKey.clone();
    }

    @Override
    public byte[] privateKey() {
      return privateKey.clone();
    }

    /** Names the public key's size only: the private key must never reach a log. */
    @Override
    public String toString() {
      return "ReportReplies.KeyPair[" + publicKey.length + "-byte public key]";
    }
  }

  /** The two outputs of {@code EncryptWithLabel}. */
  public record Sealed(byte[] kemOutput, byte[] ciphertext) {
    public Sealed {
      kemOutput = kemOutput.clone();
      ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] kemOutput() {
      return kemOutput.clone();
    }

    @Override
    public byte[] ciphertext() {
      return ciphertext.clone();
    }
  }

  /** A fresh key pair for one report. */
  public static KeyPair newKeyPair() {
    return BcMlsReportReplies.newKeyPair();
  }

  /**
   * Whether {@code publicKey} can receive a reply: 32 bytes, and not one of the X25519 points of
   * small order, with which every shared secret would be zero.
   */
  public static boolean isUsableKey(byte[] publicKey) {
    return publicKey != null
        && publicKey.length == KEY_BYTES
        && BcMlsReportReplies.agreesWith(publicKey);
  }

  /**
   * Encrypts {@code text} (UTF-8) to {@code replyKey} for the report {@code reportId} of group
   * {@code groupId}.
   *
   * @throws MlsException if the key is not usable
   */
  public static Sealed seal(byte[] replyKey, String groupId, String reportId, String text) {
    if (!isUsableKey(replyKey)) {
      throw new MlsException("the report's reply key is not a usable X25519 public key");
    }
    return BcMlsReportReplies.seal(
        replyKey, context(groupId, reportId), text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Opens a reply with the private key of the report {@code reportId}; empty when it was not sealed
   * to that key for that report of that group, or was altered.
   */
  public static Optional<byte[]> open(
      byte[] privateKey, String groupId, String reportId, byte[] kemOutput, byte[] ciphertext) {
    return BcMlsReportReplies.open(privateKey, context(groupId, reportId), kemOutput, ciphertext);
  }

  /** The UTF-8 of the group id, a line feed and the report id. */
  static byte[] context(String groupId, String reportId) {
    if (groupId.indexOf('\n') >= 0 || reportId.indexOf('\n') >= 0) {
      throw new MlsException("a group or report id has no line feed");
    }
    return (groupId + "\n" + reportId).getBytes(StandardCharsets.UTF_8);
  }
}
