package org.hearth.crypto.mls;

/** The wire format of an MLSMessage (RFC 9420 section 6, IANA "MLS Wire Formats"). */
public enum WireFormat {
  PUBLIC_MESSAGE,
  PRIVATE_MESSAGE,
  WELCOME,
  GROUP_INFO,
  KEY_PACKAGE;

  static WireFormat of(int codePoint) {
    return switch (codePoint) {
      case 1 -> PUBLIC_MESSAGE;
      case 2 -> PRIVATE_MESSAGE;
      case 3 -> WELCOME;
      case 4 -> GROUP_INFO;
      case 5 -> KEY_PACKAGE;
      default -> throw new MlsException("unknown wire format " + codePoint);
    };
  }
}
