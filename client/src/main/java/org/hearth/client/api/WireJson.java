package org.hearth.client.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.Fingerprint;
import org.hearth.crypto.KeyThumbprint;

/**
 * Reads API answers into the wire records and writes request bodies. A missing or mistyped member
 * fails with {@link HearthConnectionException}: an answer that does not check out is never
 * half-used.
 *
 * <p>Stateless and thread-safe.
 */
final class WireJson {
  /** Looked up once: {@code Json.create…} searches the class path for a provider each call. */
  static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

  private WireJson() {}

  static InstanceDocument instanceDocument(JsonValue value) {
    return read(
        "instance document",
        value,
        o -> {
          Ed25519PublicKey key = Ed25519PublicKey.fromJwk(o.getJsonObject("publicKey").toString());
          if (!key.thumbprint().equals(new KeyThumbprint(o.getString("thumbprint")))) {
            throw new IllegalArgumentException("its thumbprint is not its key's");
          }
          JsonObject software = o.getJsonObject("software");
          return new InstanceDocument(
              o.getString("name"),
              o.getString("description", ""),
              InstanceUrl.parse(o.getString("baseUrl")),
              key,
              software == null ? "" : software.getString("name", ""),
              software == null ? "" : software.getString("version", ""));
        });
  }

  static Session session(JsonValue value) {
    return read(
        "session",
        value,
        o ->
            new Session(
                o.getString("token"),
                new KeyThumbprint(o.getString("subject")),
                Instant.ofEpochSecond(o.getJsonNumber("expiresAt").longValueExact())));
  }

  static String challenge(JsonValue value) {
    return read("challenge", value, o -> o.getString("challenge"));
  }

  static AdminKey adminKey(JsonValue value) {
    return read(
        "admin key",
        value,
        o ->
            new AdminKey(
                new KeyThumbprint(o.getString("thumbprint")),
                Fingerprint.parse(o.getString("fingerprint")),
                date(o, "addedOn"),
                date(o, "revokedOn")));
  }

  static GroupDescriptor group(JsonValue value) {
    return read(
        "group",
        value,
        o ->
            new GroupDescriptor(
                GroupId.parse(o.getString("id")),
                o.getString("name"),
                o.getString("description"),
                strings(o, "topics"),
                o.getString("language"),
                o.getInt("sizeCap"),
                JoinPolicy.valueOf(o.getString("joinPolicy")),
                optional(o, "facilitationHours"),
                o.getString("guidelines"),
                o.getInt("guidelinesVersion"),
                o.getBoolean("listed"),
                o.getInt("retentionDays"),
                strings(o, "facilitators").stream().map(KeyThumbprint::new).toList(),
                optional(o, "homeName"),
                optional(o, "homeUrl"),
                optional(o, "joinUrl"),
                o.getBoolean("remote", false),
                optionalLong(o, "ageSeconds"),
                o.getBoolean("stale", false)));
  }

  static HelpEntry helpEntry(JsonValue value) {
    return read(
        "resource list entry",
        value,
        o ->
            new HelpEntry(
                o.getString("id"),
                o.getString("kind"),
                o.getString("name"),
                optional(o, "description"),
                strings(o, "countries"),
                strings(o, "languages"),
                optional(o, "phone"),
                optional(o, "smsNumber"),
                optional(o, "smsKeyword"),
                optional(o, "url"),
                optional(o, "hours"),
                optional(o, "cost"),
                optional(o, "verifiedBy"),
                date(o, "verifiedOn"),
                date(o, "reviewBy"),
                o.getBoolean("verified", false),
                optional(o, "homeName"),
                optional(o, "homeUrl"),
                o.getBoolean("remote", false),
                optionalLong(o, "ageSeconds"),
                o.getBoolean("stale", false)));
  }

  static <T> List<T> list(JsonValue value, Function<JsonValue, T> element) {
    if (!(value instanceof JsonArray array)) {
      throw new HearthConnectionException(
          "The instance answered something other than a list.", null);
    }
    List<T> out = new ArrayList<>(array.size());
    array.forEach(v -> out.add(element.apply(v)));
    return List.copyOf(out);
  }

  static JsonObject createGroup(CreateGroupRequest r) {
    JsonObjectBuilder o = JSON.createObjectBuilder();
    putIfSet(o, "name", r.name());
    putIfSet(o, "description", r.description());
    o.add("topics", array(r.topics()));
    putIfSet(o, "language", r.language());
    if (r.sizeCap() != null) {
      o.add("sizeCap", r.sizeCap());
    }
    o.add("joinPolicy", r.joinPolicy().name());
    putIfSet(o, "facilitationHours", r.facilitationHours());
    putIfSet(o, "guidelines", r.guidelines());
    if (r.listed() != null) {
      o.add("listed", r.listed());
    }
    if (r.retentionDays() != null) {
      o.add("retentionDays", r.retentionDays());
    }
    if (!r.facilitators().isEmpty()) {
      o.add("facilitators", array(r.facilitators().stream().map(KeyThumbprint::value).toList()));
    }
    return o.build();
  }

  /** The members {@code challenge, publicKey, signature} of a signed challenge. */
  static JsonObjectBuilder proof(String challenge, Ed25519PublicKey key, String signature) {
    try (var reader = JSON.createReader(new java.io.StringReader(key.toJwkJson()))) {
      return JSON.createObjectBuilder()
          .add("challenge", challenge)
          .add("publicKey", reader.readObject())
          .add("signature", signature);
    }
  }

  static JsonObject publicKey(Ed25519PublicKey key) {
    try (var reader = JSON.createReader(new java.io.StringReader(key.toJwkJson()))) {
      return JSON.createObjectBuilder().add("publicKey", reader.readObject()).build();
    }
  }

  private static JsonArrayBuilder array(List<String> values) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  private static void putIfSet(JsonObjectBuilder o, String name, String value) {
    if (value != null) {
      o.add(name, value);
    }
  }

  static <T> T read(String what, JsonValue value, Function<JsonObject, T> reader) {
    if (!(value instanceof JsonObject object)) {
      throw new HearthConnectionException("The instance sent no " + what + ".", null);
    }
    try {
      return reader.apply(object);
    } catch (RuntimeException e) {
      throw new HearthConnectionException(
          "The instance sent a " + what + " that does not check out: " + e.getMessage(), e);
    }
  }

  private static String optional(JsonObject o, String name) {
    return o.get(name) instanceof JsonString s ? s.getString() : null;
  }

  private static Long optionalLong(JsonObject o, String name) {
    return o.get(name) instanceof JsonNumber n ? n.longValueExact() : null;
  }

  private static LocalDate date(JsonObject o, String name) {
    String text = optional(o, name);
    return text == null ? null : LocalDate.parse(text);
  }

  private static List<String> strings(JsonObject o, String name) {
    JsonValue value = o.get(name);
    if (value == null || value == JsonValue.NULL) {
      return List.of();
    }
    return value.asJsonArray().stream().map(v -> ((JsonString) v).getString()).toList();
  }
}
