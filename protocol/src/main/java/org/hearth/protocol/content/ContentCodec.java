package org.hearth.protocol.content;

/**
 * Encodes and decodes Hearth's content format (docs/content-format.md): {@code uint16 version},
 * {@code uint8 content_type}, the type's fields in the TLS presentation language of RFC 9420
 * section 2.1, then zero bytes up to the smallest padding bucket. The encoding is canonical: every
 * content has exactly one encoding, and {@link #decode} accepts only that encoding, so {@code
 * encode(decode(b))} equals {@code b} byte for byte. Stateless and thread-safe.
 */
public final class ContentCodec {
  /** The version this codec writes and the only one it reads. */
  public static final int VERSION = 1;

  /**
   * The longest padded content of version 1. The field limits keep every encoding under 18,000
   * bytes, which pads to this bucket.
   */
  public static final int MAX_PADDED_LENGTH = 2 * Padding.STEP;

  static final int POST = 1;
  static final int REACTION = 2;
  static final int RETRACTION = 3;
  static final int PRIVATE_REPLY = 4;

  private ContentCodec() {}

  /** The padded encoding of {@code content}, ready to be the application data of an MLS message. */
  public static byte[] encode(Content content) {
    if (content == null) {
      throw new ContentFormatException("content is missing");
    }
    WireWriter out = new WireWriter();
    out.uint16(VERSION);
    if (content instanceof Post post) {
      out.uint8(POST);
      header(out, post);
      out.presence(post.thread() != null);
      if (post.thread() != null) {
        out.fixed(post.thread().value());
      }
      out.presence(post.title() != null);
      if (post.title() != null) {
        out.text(post.title());
      }
      out.text(post.body());
      out.presence(post.contentWarning() != null);
      if (post.contentWarning() != null) {
        out.text(post.contentWarning());
      }
    } else if (content instanceof Reaction reaction) {
      out.uint8(REACTION);
      header(out, reaction);
      out.fixed(reaction.target().value());
      out.text(reaction.emoji());
    } else if (content instanceof Retraction retraction) {
      out.uint8(RETRACTION);
      header(out, retraction);
      out.fixed(retraction.target().value());
    } else if (content instanceof PrivateReply reply) {
      out.uint8(PRIVATE_REPLY);
      header(out, reply);
      out.opaque(reply.kemOutput());
      out.opaque(reply.ciphertext());
    }
    return out.toArray(Padding.bucket(out.length()));
  }

  /**
   * Decodes and checks a padded content, in the order docs/content-format.md gives: version, size,
   * the fields, then the padding.
   *
   * @throws ContentFormatException if the bytes are not exactly the encoding of a valid content
   */
  public static Content decode(byte[] padded) throws ContentFormatException {
    if (padded == null) {
      throw new ContentFormatException("content is missing");
    }
    if (padded.length < 2) {
      throw new ContentFormatException("content is too short: " + padded.length + " bytes");
    }
    WireReader in = new WireReader(padded);
    int version = in.uint16("version");
    if (version != VERSION) {
      throw new ContentFormatException("unsupported content version " + version);
    }
    if (padded.length > MAX_PADDED_LENGTH) {
      throw new ContentFormatException(
          "content is "
              + padded.length
              + " bytes; version "
              + VERSION
              + " allows at most "
              + MAX_PADDED_LENGTH);
    }
    if (!Padding.isBucket(padded.length)) {
      throw new ContentFormatException(
          "content is " + padded.length + " bytes, which is not a padding bucket size");
    }
    Content content = fields(in);
    int end = in.position();
    for (int i = end; i < padded.length; i++) {
      if (padded[i] != 0) {
        throw new ContentFormatException("non-zero byte after the content at offset " + i);
      }
    }
    int bucket = Padding.bucket(end);
    if (bucket != padded.length) {
      throw new ContentFormatException(
          "content of "
              + end
              + " bytes is padded to "
              + padded.length
              + "; it must be padded to "
              + bucket);
    }
    return content;
  }

  private static void header(WireWriter out, Content content) {
    out.fixed(content.id().value());
    out.text(content.displayName());
  }

  private static Content fields(WireReader in) {
    int type = in.uint8("content type");
    if (type < POST || type > PRIVATE_REPLY) {
      throw new ContentFormatException("unknown content type " + type);
    }
    MessageId id = new MessageId(in.fixed(MessageId.LENGTH, "message id"));
    String displayName = in.text(TextField.DISPLAY_NAME);
    if (type == POST) {
      MessageId thread = in.presence("thread") ? messageId(in, "thread") : null;
      String title = in.presence("title") ? in.text(TextField.TITLE) : null;
      String body = in.text(TextField.BODY);
      String warning = in.presence("content warning") ? in.text(TextField.CONTENT_WARNING) : null;
      return new Post(id, displayName, thread, title, body, warning);
    }
    if (type == PRIVATE_REPLY) {
      byte[] kemOutput = in.opaque("kem output", PrivateReply.KEM_OUTPUT_BYTES);
      PrivateReply.checkKemOutput(kemOutput);
      byte[] ciphertext = in.opaque("ciphertext", PrivateReply.MAX_CIPHERTEXT_BYTES);
      return new PrivateReply(id, displayName, kemOutput, ciphertext);
    }
    MessageId target = messageId(in, "target");
    if (type == REACTION) {
      return new Reaction(id, displayName, target, in.text(TextField.EMOJI));
    }
    return new Retraction(id, displayName, target);
  }

  private static MessageId messageId(WireReader in, String what) {
    return new MessageId(in.fixed(MessageId.LENGTH, what));
  }
}
