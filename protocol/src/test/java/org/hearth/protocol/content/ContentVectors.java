package org.hearth.protocol.content;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads content-vectors.json, the vectors the browser's implementation reads too, in the notation
 * its {@code notation} member describes.
 */
final class ContentVectors {
  record Valid(String name, Content content, byte[] bytes) {
    @Override
    public String toString() {
      return name;
    }
  }

  record InvalidEncoding(String name, byte[] bytes, String error) {
    @Override
    public String toString() {
      return name;
    }
  }

  record InvalidContent(String name, JsonObject content, String error) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final JsonObject FILE = load();

  private ContentVectors() {}

  static List<Valid> valid() {
    return FILE.getJsonArray("valid").stream()
        .map(JsonValue::asJsonObject)
        .map(v -> new Valid(v.getString("name"), content(v.getJsonObject("content")), bytes(v)))
        .toList();
  }

  static List<InvalidEncoding> invalidEncodings() {
    return FILE.getJsonArray("invalidEncodings").stream()
        .map(JsonValue::asJsonObject)
        .map(v -> new InvalidEncoding(v.getString("name"), bytes(v), v.getString("error")))
        .toList();
  }

  static List<InvalidContent> invalidContents() {
    return FILE.getJsonArray("invalidContents").stream()
        .map(JsonValue::asJsonObject)
        .map(
            v ->
                new InvalidContent(
                    v.getString("name"), v.getJsonObject("content"), v.getString("error")))
        .toList();
  }

  /** Builds the record a vector's content describes; the record's checks may refuse it. */
  static Content content(JsonObject c) {
    MessageId id = id(c, "id");
    String displayName = text(c, "displayName");
    return switch (c.getString("type")) {
      case "post" ->
          new Post(
              id,
              displayName,
              id(c, "thread"),
              text(c, "title"),
              text(c, "body"),
              text(c, "contentWarning"));
      case "reaction" -> new Reaction(id, displayName, id(c, "target"), text(c, "emoji"));
      case "retraction" -> new Retraction(id, displayName, id(c, "target"));
      case "privateReply" ->
          new PrivateReply(id, displayName, hex(c, "kemOutput"), hex(c, "ciphertext"));
      default -> throw new IllegalArgumentException("vector type " + c.getString("type"));
    };
  }

  private static byte[] bytes(JsonObject vector) {
    byte[] encoding = HexFormat.of().parseHex(expand(vector.get("encoding")).replaceAll("\\s", ""));
    byte[] bytes = new byte[vector.getInt("padTo")];
    System.arraycopy(encoding, 0, bytes, 0, encoding.length);
    return bytes;
  }

  private static MessageId id(JsonObject c, String key) {
    return c.isNull(key) ? null : MessageId.fromHex(c.getString(key));
  }

  private static byte[] hex(JsonObject c, String key) {
    return c.isNull(key) ? null : HexFormat.of().parseHex(expand(c.get(key)));
  }

  private static String text(JsonObject c, String key) {
    return c.isNull(key) ? null : expand(c.get(key));
  }

  /** A string; a list of parts, concatenated; or {"repeat": s, "times": n}. */
  private static String expand(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case ARRAY ->
          String.join("", value.asJsonArray().stream().map(ContentVectors::expand).toList());
      case OBJECT ->
          value.asJsonObject().getString("repeat").repeat(value.asJsonObject().getInt("times"));
      default -> throw new IllegalArgumentException("vector notation: " + value);
    };
  }

  private static JsonObject load() {
    try (InputStream in = ContentVectors.class.getResourceAsStream("content-vectors.json");
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
