package org.hearth.client.member;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.client.Base64Url;
import org.hearth.crypto.mls.ReportReplies;
import org.hearth.protocol.content.ContentFormatException;
import org.hearth.protocol.content.PrivateReply;

/**
 * The private keys of this member's reports in one group (docs/reports.md, "Replying privately"),
 * kept as UTF-8 JSON in the keyring's {@code reply-keys} blob beside the group's MLS state, so only
 * this device can read the facilitators' private replies. A key is dropped once its report can no
 * longer exist on the server.
 *
 * <p>Immutable and thread-safe.
 */
record ReplyKeys(List<Key> keys) {
  /** Reports are kept at most this long by default; their keys no longer. */
  static final Duration KEEP = Duration.ofDays(90);

  /** The most keys kept; the oldest go first. */
  static final int MAX_KEYS = 64;

  private static final JsonProvider JSON = JsonProvider.provider();

  /** The key of one report. */
  record Key(String reportId, byte[] privateKey, long createdAt) {
    @Override
    public String toString() {
      return "ReplyKeys.Key[report=" + reportId + "]";
    }
  }

  /** A reply this member opened: which of its reports it answers, and its text. */
  record Opened(String reportId, String text) {}

  ReplyKeys {
    keys = List.copyOf(keys);
  }

  static final ReplyKeys NONE = new ReplyKeys(List.of());

  /** These keys and {@code key}, without expired ones and beyond {@link #MAX_KEYS}. */
  ReplyKeys with(Key key, Instant now) {
    List<Key> more = new ArrayList<>(current(now).keys);
    more.add(key);
    while (more.size() > MAX_KEYS) {
      more.remove(0);
    }
    return new ReplyKeys(more);
  }

  /** These keys without those of reports that have expired by {@code now}. */
  ReplyKeys current(Instant now) {
    long oldest = now.minus(KEEP).getEpochSecond();
    return new ReplyKeys(keys.stream().filter(k -> k.createdAt() >= oldest).toList());
  }

  /**
   * Tries every key on {@code reply} with its report's id; the first that opens it, when its text
   * is a valid body, gives the reply.
   */
  Optional<Opened> open(String groupId, PrivateReply reply) {
    for (Key key : keys) {
      Optional<byte[]> text =
          ReportReplies.open(
              key.privateKey(), groupId, key.reportId(), reply.kemOutput(), reply.ciphertext());
      if (text.isPresent()) {
        try {
          String value =
              StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(text.get())).toString();
          return Optional.of(new Opened(key.reportId(), PrivateReply.checkText(value)));
        } catch (CharacterCodingException | ContentFormatException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  byte[] encode() {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    keys.forEach(
        k ->
            array.add(
                JSON.createObjectBuilder()
                    .add("report", k.reportId())
                    .add("key", Base64Url.encode(k.privateKey()))
                    .add("createdAt", k.createdAt())));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var writer = JSON.createWriter(out)) {
      writer.writeObject(JSON.createObjectBuilder().add("version", 1).add("keys", array).build());
    }
    return out.toByteArray();
  }

  /**
   * @throws IllegalArgumentException if the bytes are not a version-1 list
   */
  static ReplyKeys decode(byte[] bytes) {
    if (bytes == null) {
      return NONE;
    }
    try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(bytes))) {
      JsonObject o = reader.readObject();
      if (o.getInt("version") != 1) {
        throw new IllegalArgumentException("reply keys version " + o.getInt("version"));
      }
      List<Key> keys = new ArrayList<>();
      for (JsonValue v : o.getJsonArray("keys")) {
        JsonObject k = v.asJsonObject();
        keys.add(
            new Key(
                k.getString("report"),
                Base64Url.decode(k.getString("key")),
                k.getJsonNumber("createdAt").longValueExact()));
      }
      return new ReplyKeys(keys);
    } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException e) {
      throw new IllegalArgumentException("damaged reply keys: " + e.getMessage(), e);
    }
  }
}
