package org.hearth.protocol.content;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/** Encodes and decodes content. Placeholder: length-prefixed UTF-8 fields, zero padding. */
public final class ContentCodec {
  private ContentCodec() {}

  public static byte[] encode(Content content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(1);
      if (content instanceof Post p) {
        out.writeByte(1);
        out.write(p.id().value());
        out.writeUTF(p.displayName());
        out.writeUTF(p.thread() == null ? "" : p.thread().hex());
        out.writeUTF(p.title() == null ? "" : p.title());
        out.writeUTF(p.body());
        out.writeUTF(p.contentWarning() == null ? "" : p.contentWarning());
      } else if (content instanceof Reaction r) {
        out.writeByte(2);
        out.write(r.id().value());
        out.writeUTF(r.displayName());
        out.write(r.target().value());
        out.writeUTF(r.emoji());
      } else if (content instanceof Retraction r) {
        out.writeByte(3);
        out.write(r.id().value());
        out.writeUTF(r.displayName());
        out.write(r.target().value());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }

  public static Content decode(byte[] padded) throws ContentFormatException {
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(padded))) {
      if (in.readByte() != 1) {
        throw new ContentFormatException("unknown content version");
      }
      int type = in.readByte();
      MessageId id = id(in);
      String name = in.readUTF();
      return switch (type) {
        case 1 -> {
          String thread = in.readUTF();
          String title = in.readUTF();
          String body = in.readUTF();
          String warning = in.readUTF();
          yield new Post(
              id,
              name,
              thread.isEmpty() ? null : MessageId.fromHex(thread),
              thread.isEmpty() ? title : null,
              body,
              warning.isEmpty() ? null : warning);
        }
        case 2 -> new Reaction(id, name, id(in), in.readUTF());
        case 3 -> new Retraction(id, name, id(in));
        default -> throw new ContentFormatException("unknown content type");
      };
    } catch (IOException e) {
      throw new ContentFormatException("truncated content");
    }
  }

  private static MessageId id(DataInputStream in) throws IOException {
    byte[] id = new byte[16];
    in.readFully(id);
    return new MessageId(ByteBuffer.wrap(id).array());
  }
}
