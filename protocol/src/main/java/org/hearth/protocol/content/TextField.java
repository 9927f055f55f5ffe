package org.hearth.protocol.content;

/**
 * The text fields of the content format with their limits and character rules
 * (docs/content-format.md, "Text fields"). One place for the checks, so that the record
 * constructors and the decoder refuse the same things with the same words.
 */
enum TextField {
  DISPLAY_NAME("display name", Content.MAX_DISPLAY_NAME_CHARS, 0, false, true),
  TITLE("title", Post.MAX_TITLE_CHARS, 0, false, false),
  BODY("body", 0, Post.MAX_BODY_BYTES, true, false),
  CONTENT_WARNING("content warning", Post.MAX_CONTENT_WARNING_CHARS, 0, false, false),
  EMOJI("emoji", 0, Reaction.MAX_EMOJI_BYTES, false, false);

  private final String label;
  private final int maxChars;
  private final int maxBytes;
  private final boolean multiLine;
  private final boolean noBidiControls;

  TextField(String label, int maxChars, int maxBytes, boolean multiLine, boolean noBidiControls) {
    this.label = label;
    this.maxChars = maxChars;
    this.maxBytes = maxBytes;
    this.multiLine = multiLine;
    this.noBidiControls = noBidiControls;
  }

  String label() {
    return label;
  }

  /** The most UTF-8 bytes a valid value can take: what the decoder accepts before decoding. */
  int maxEncodedBytes() {
    return maxBytes > 0 ? maxBytes : 4 * maxChars;
  }

  /** Returns {@code value} when it satisfies this field's rules, in the documented order. */
  String check(String value) {
    if (value == null) {
      throw refuse("is missing");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw refuse("has an unpaired surrogate");
      }
    }
    if (value.isEmpty()) {
      throw refuse("is empty");
    }
    if (maxChars > 0) {
      int chars = value.codePointCount(0, value.length());
      if (chars > maxChars) {
        throw refuse("is too long: " + chars + " characters, at most " + maxChars);
      }
    } else {
      int bytes = utf8Length(value);
      if (bytes > maxBytes) {
        throw refuse("is too long: " + bytes + " bytes, at most " + maxBytes);
      }
    }
    boolean blank = true;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (isControl(cp) && !(multiLine && (cp == '\t' || cp == '\n' || cp == '\r'))) {
        throw refuse("contains a control character (" + codePoint(cp) + ")");
      }
      if (!multiLine && (cp == 0x2028 || cp == 0x2029)) {
        throw refuse("contains a line break (" + codePoint(cp) + ")");
      }
      if (noBidiControls && isBidiControl(cp)) {
        throw refuse("contains a bidirectional control (" + codePoint(cp) + ")");
      }
      blank &= isInvisible(cp);
    }
    if (blank) {
      throw refuse("is blank");
    }
    return value;
  }

  ContentFormatException refuse(String what) {
    return new ContentFormatException(label + " " + what);
  }

  private static boolean isControl(int cp) {
    return cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f);
  }

  private static boolean isBidiControl(int cp) {
    return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
  }

  /** Unicode White_Space, and the fillers and joiners that show nothing on their own. */
  private static boolean isInvisible(int cp) {
    return (cp >= 0x09 && cp <= 0x0d)
        || cp == 0x20
        || cp == 0x85
        || cp == 0xa0
        || cp == 0x34f
        || cp == 0x115f
        || cp == 0x1160
        || cp == 0x1680
        || cp == 0x180e
        || (cp >= 0x2000 && cp <= 0x200d)
        || cp == 0x2028
        || cp == 0x2029
        || cp == 0x202f
        || cp == 0x205f
        || cp == 0x2060
        || cp == 0x2800
        || cp == 0x3000
        || cp == 0x3164
        || (cp >= 0xfe00 && cp <= 0xfe0f)
        || cp == 0xfeff
        || cp == 0xffa0;
  }

  private static int utf8Length(String value) {
    int bytes = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
    return bytes;
  }

  private static String codePoint(int cp) {
    return String.format("U+%04X", cp);
  }
}
