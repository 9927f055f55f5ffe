package org.hearth.crypto.mls;

/** The content type of a framed message (RFC 9420 section 6); NONE for unframed messages. */
public enum ContentType {
  NONE,
  APPLICATION,
  PROPOSAL,
  COMMIT;

  static ContentType of(int codePoint) {
    return switch (codePoint) {
      case 0 -> NONE;
      case 1 -> APPLICATION;
      case 2 -> PROPOSAL;
      case 3 -> COMMIT;
      default -> throw new MlsException("unknown content type " + codePoint);
    };
  }
}
