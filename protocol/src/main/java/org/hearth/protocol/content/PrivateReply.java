package org.hearth.protocol.content;

import java.util.Arrays;

/**
 * A facilitator's answer to one member's report, readable by that member only (docs/reports.md,
 * "Replying privately"): the two outputs of {@code EncryptWithLabel(replyKey, "Hearth report
 * reply", context, text)} (RFC 9420 section 5.1.3) to the reply key the reporter sent with the
 * report. The format checks only the sizes; the reporter's client opens it.
 *
 * @param id this message's id
 * @param displayName the sender's display name in this group
 * @param kemOutput the HPKE encapsulated key, {@value #KEM_OUTPUT_BYTES} bytes (X25519)
 * @param ciphertext the sealed text with its AEAD tag, {@value #MIN_CIPHERTEXT_BYTES} to {@value
 *     #MAX_CIPHERTEXT_BYTES} bytes
 */
public record PrivateReply(MessageId id, String displayName, byte[] kemOutput, byte[] ciphertext)
    implements Content {
  /** An X25519 public key, the KEM output of Hearth's ciphersuite. */
  public static final int KEM_OUTPUT_BYTES = 32;

  /** The AEAD tag of AES-128-GCM. */
  public static final int TAG_BYTES = 16;

  /** One byte of text and the tag. */
  public static final int MIN_CIPHERTEXT_BYTES = 1 + TAG_BYTES;

  /** A body's limit and the tag. */
  public static final int MAX_CIPHERTEXT_BYTES = Post.MAX_BODY_BYTES + TAG_BYTES;

  public PrivateReply {
    MessageId.required(id, "message id");
    TextField.DISPLAY_NAME.check(displayName);
    kemOutput = checkKemOutput(kemOutput);
    ciphertext = checkCiphertext(ciphertext);
  }

  /** A copy: the record stays immutable. */
  @Override
  public byte[] kemOutput() {
    return kemOutput.clone();
  }

  /** A copy: the record stays immutable. */
  @Override
  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  /**
   * Checks the text a reply carries once opened: the rules of a post's body.
   *
   * @throws ContentFormatException if it is not a valid body
   */
  public static String checkText(String text) {
    return TextField.BODY.check(text);
  }

  static byte[] checkKemOutput(byte[] kemOutput) {
    if (kemOutput == null) {
      throw new ContentFormatException("kem output is missing");
    }
    if (kemOutput.length != KEM_OUTPUT_BYTES) {
      throw new ContentFormatException(
          "kem output is " + kemOutput.length + " bytes; it must be " + KEM_OUTPUT_BYTES);
    }
    return kemOutput.clone();
  }

  static byte[] checkCiphertext(byte[] ciphertext) {
    if (ciphertext == null) {
      throw new ContentFormatException("ciphertext is missing");
    }
    if (ciphertext.length < MIN_CIPHERTEXT_BYTES) {
      throw new ContentFormatException(
          "ciphertext is too short: "
              + ciphertext.length
              + " bytes, at least "
              + MIN_CIPHERTEXT_BYTES);
    }
    if (ciphertext.length > MAX_CIPHERTEXT_BYTES) {
      throw new ContentFormatException(
          "ciphertext is too long: "
              + ciphertext.length
              + " bytes, at most "
              + MAX_CIPHERTEXT_BYTES);
    }
    return ciphertext.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PrivateReply that
        && id.equals(that.id)
        && displayName.equals(that.displayName)
        && Arrays.equals(kemOutput, that.kemOutput)
        && Arrays.equals(ciphertext, that.ciphertext);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * id.hashCode() + Arrays.hashCode(kemOutput)) + Arrays.hashCode(ciphertext);
  }

  /** Names the reply without the sender's display name, which must never reach a log. */
  @Override
  public String toString() {
    return "PrivateReply[id=" + id.hex() + ", ciphertext=" + ciphertext.length + " bytes]";
  }
}
