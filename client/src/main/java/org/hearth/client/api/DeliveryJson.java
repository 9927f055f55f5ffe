package org.hearth.client.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearth.client.Base64Url;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.protocol.delivery.Accepted;
import org.hearth.protocol.delivery.CommitRequest;
import org.hearth.protocol.delivery.DeliveredMessage;
import org.hearth.protocol.delivery.GroupState;
import org.hearth.protocol.delivery.Invite;
import org.hearth.protocol.delivery.InviteRequest;
import org.hearth.protocol.delivery.JoinRequest;
import org.hearth.protocol.delivery.MessagePage;
import org.hearth.protocol.delivery.PendingJoin;
import org.hearth.protocol.delivery.StartGroupRequest;
import org.hearth.protocol.delivery.WelcomeMessage;
import org.hearth.protocol.moderation.ReportView;

/**
 * Reads and writes the delivery API's wire records ({@code org.hearth.protocol.delivery}) with
 * JSON-P. Every member is checked for presence and type, byte fields for base64url, numbers for
 * their range: a record that does not check out fails with {@link HearthConnectionException}.
 *
 * <p>Stateless and thread-safe.
 */
final class DeliveryJson {
  /** The kinds of a delivered message. */
  static final Set<String> KINDS = Set.of("commit", "proposal", "application");

  private DeliveryJson() {}

  static GroupState groupState(JsonValue value) {
    return WireJson.read(
        "group state",
        value,
        o ->
            new GroupState(
                natural(o, "epoch"),
                bytes(o, "groupInfo"),
                Math.toIntExact(natural(o, "members")),
                natural(o, "latestSeq")));
  }

  static Accepted accepted(JsonValue value) {
    return WireJson.read(
        "receipt", value, o -> new Accepted(positive(o, "seq"), natural(o, "epoch")));
  }

  static MessagePage messagePage(JsonValue value) {
    return WireJson.read(
        "message page",
        value,
        o -> {
          JsonArray array = o.getJsonArray("messages");
          List<DeliveredMessage> messages = new ArrayList<>(array.size());
          for (JsonValue m : array) {
            messages.add(message(m.asJsonObject()));
          }
          return new MessagePage(messages, natural(o, "latestSeq"));
        });
  }

  static DeliveredMessage deliveredMessage(JsonValue value) {
    return WireJson.read("message", value, DeliveryJson::message);
  }

  private static DeliveredMessage message(JsonObject o) {
    String kind = o.getString("kind");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown kind " + kind);
    }
    String data = nullableBytes(o, "data");
    boolean deleted = o.getBoolean("deleted");
    if (deleted && data != null) {
      throw new IllegalArgumentException("a deleted message still has data");
    }
    return new DeliveredMessage(
        positive(o, "seq"), kind, natural(o, "epoch"), natural(o, "sentAt"), data, deleted);
  }

  static PendingJoin pendingJoin(JsonValue value) {
    return WireJson.read(
        "join request",
        value,
        o ->
            new PendingJoin(
                o.getString("id"),
                new KeyThumbprint(o.getString("thumbprint")).value(),
                nullableBytes(o, "keyPackage"),
                natural(o, "createdAt"),
                natural(o, "expiresAt")));
  }

  static ReportView reportView(JsonValue value) {
    return WireJson.read(
        "report",
        value,
        o ->
            new ReportView(
                o.getString("id"),
                o.getString("groupId"),
                natural(o, "seq"),
                natural(o, "epoch"),
                new KeyThumbprint(o.getString("accused")).value(),
                o.getString("content"),
                o.getString("verification"),
                o.getString("reason"),
                !o.containsKey("note") || o.isNull("note") ? null : o.getString("note"),
                o.getString("state"),
                natural(o, "createdAt"),
                natural(o, "expiresAt"),
                !o.containsKey("replyKey") || o.isNull("replyKey")
                    ? null
                    : o.getString("replyKey")));
  }

  static Invite invite(JsonValue value) {
    return WireJson.read(
        "invite", value, o -> new Invite(o.getString("code"), natural(o, "expiresAt")));
  }

  static WelcomeMessage welcome(JsonValue value) {
    return WireJson.read(
        "Welcome",
        value,
        o -> new WelcomeMessage(bytes(o, "welcome"), positive(o, "seq"), natural(o, "epoch")));
  }

  static JsonObject startGroup(StartGroupRequest r) {
    return WireJson.JSON.createObjectBuilder().add("groupInfo", r.groupInfo()).build();
  }

  static JsonObject commit(CommitRequest r) {
    JsonObjectBuilder o =
        WireJson.JSON
            .createObjectBuilder()
            .add("commit", r.commit())
            .add("groupInfo", r.groupInfo());
    if (r.welcome() != null) {
      o.add("welcome", r.welcome());
    }
    return o.build();
  }

  static JsonObject joinRequest(JoinRequest r) {
    JsonObjectBuilder o = WireJson.JSON.createObjectBuilder().add("keyPackage", r.keyPackage());
    if (r.inviteCode() != null) {
      o.add("inviteCode", r.inviteCode());
    }
    return o.build();
  }

  static JsonObject inviteRequest(InviteRequest r) {
    JsonObjectBuilder o = WireJson.JSON.createObjectBuilder();
    if (r.validHours() != null) {
      o.add("validHours", r.validHours());
    }
    return o.build();
  }

  private static long natural(JsonObject o, String name) {
    long value = o.getJsonNumber(name).longValueExact();
    if (value < 0) {
      throw new IllegalArgumentException(name + " is negative");
    }
    return value;
  }

  private static long positive(JsonObject o, String name) {
    long value = natural(o, name);
    if (value == 0) {
      throw new IllegalArgumentException(name + " is zero");
    }
    return value;
  }

  /** A base64url member that must be there. */
  private static String bytes(JsonObject o, String name) {
    String value = o.getString(name);
    Base64Url.decode(value);
    return value;
  }

  /** A base64url member that may be absent or {@code null}. */
  private static String nullableBytes(JsonObject o, String name) {
    JsonValue value = o.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonString)) {
      throw new IllegalArgumentException(name + " is not a string");
    }
    return bytes(o, name);
  }
}
