package org.hearth.client.keyring;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hearth.client.InstanceUrl;
import org.hearth.crypto.KeyThumbprint;

/**
 * The plaintext inside a sealed keyring or export file: UTF-8 JSON, version 1.
 *
 * <pre>
 * {"format": "hearth-keyring" | "hearth-keyring-export", "version": 1,
 *  "entries": [{"instance", "slot", "thumbprint", "label", "createdAt",
 *               "seed" (base64url, active only), "movedAt" (moved only),
 *               "mls": {name: base64url}}]}
 * </pre>
 *
 * A reader refuses another format, another version and any entry that does not check out (seed not
 * matching its thumbprint, unknown slot): a keyring is never half read.
 *
 * <p>Stateless and thread-safe.
 */
final class KeyringCodec {
  /** What a sealed file holds. */
  enum Kind {
    KEYRING("hearth-keyring"),
    EXPORT("hearth-keyring-export");

    final String format;

    Kind(String format) {
      this.format = format;
    }
  }

  static final int VERSION = 1;

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();

  private KeyringCodec() {}

  static byte[] encode(Keyring keyring, Kind kind) {
    JsonArrayBuilder entries = Json.createArrayBuilder();
    for (KeyEntry e : keyring.entries()) {
      JsonObjectBuilder entry =
          Json.createObjectBuilder()
              .add("instance", e.scope().instance().toString())
              .add("slot", e.scope().slot())
              .add("thumbprint", e.thumbprint().value())
              .add("label", e.label())
              .add("createdAt", e.createdAt().toString());
      if (e.isMoved()) {
        entry.add("movedAt", e.movedAt().toString());
      } else {
        entry.add("seed", B64.encodeToString(e.seed()));
      }
      JsonObjectBuilder mls = Json.createObjectBuilder();
      e.mlsState().forEach((name, blob) -> mls.add(name, B64.encodeToString(blob)));
      entries.add(entry.add("mls", mls));
    }
    JsonObject document =
        Json.createObjectBuilder()
            .add("format", kind.format)
            .add("version", VERSION)
            .add("entries", entries)
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var writer = Json.createWriter(out)) {
      writer.writeObject(document);
    }
    return out.toByteArray();
  }

  static Keyring decode(byte[] plaintext, Kind kind) {
    JsonObject document;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(plaintext))) {
      document = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw unreadable("its content is not JSON", e);
    }
    String format = document.getString("format", "");
    if (!format.equals(kind.format)) {
      throw unreadable("it is not a " + kind.format + " file (it says \"" + format + "\")", null);
    }
    int version = document.getInt("version", -1);
    if (version != VERSION) {
      throw unreadable(
          "it has format version " + version + " and this client reads version " + VERSION, null);
    }
    List<KeyEntry> entries = new ArrayList<>();
    try {
      for (JsonValue value : document.getJsonArray("entries")) {
        entries.add(entry(value.asJsonObject()));
      }
      return new Keyring(entries);
    } catch (RuntimeException e) {
      throw unreadable("an entry is damaged (" + e.getMessage() + ")", e);
    }
  }

  private static KeyEntry entry(JsonObject o) {
    Map<String, byte[]> mls = new TreeMap<>();
    JsonObject blobs = o.getJsonObject("mls");
    if (blobs != null) {
      blobs.forEach((name, blob) -> mls.put(name, bytes(((JsonString) blob).getString())));
    }
    return new KeyEntry(
        new KeyScope(InstanceUrl.parse(o.getString("instance")), o.getString("slot")),
        new KeyThumbprint(o.getString("thumbprint")),
        o.getString("label", ""),
        o.containsKey("seed") ? bytes(o.getString("seed")) : null,
        instant(o.getString("createdAt")),
        o.containsKey("movedAt") ? instant(o.getString("movedAt")) : null,
        mls);
  }

  private static byte[] bytes(String base64Url) {
    return B64_DECODER.decode(base64Url.getBytes(StandardCharsets.US_ASCII));
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a time: " + text, e);
    }
  }

  private static KeyringException unreadable(String why, Throwable cause) {
    return new KeyringException(
        KeyringException.Reason.UNREADABLE, "This file cannot be read as a keyring: " + why, cause);
  }
}
