package org.hearth.server.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.mls.GroupId;
import org.hearth.crypto.mls.Handled;
import org.hearth.crypto.mls.MlsMember;
import org.hearth.crypto.mls.PendingCommit;
import org.hearth.server.testing.GroupCalls;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Members;

/**
 * A test member of one group speaking the delivery API over HTTP with a real MLS state: its own
 * key, session token and position in the group's sequence.
 */
final class GroupMember {
  static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

  final HearthServer hearth;
  final String groupId;
  final Ed25519KeyPair key;
  final String token;
  private final GroupCalls calls;
  MlsMember mls;
  long position;
  boolean removed;
  final List<String> received = new ArrayList<>();
  final java.util.Set<Long> own = new java.util.HashSet<>();

  /** The signed content of each application message read, by sequence number (for reports). */
  final java.util.Map<Long, byte[]> evidence = new java.util.HashMap<>();

  GroupMember(HearthServer hearth, String groupId) {
    this(hearth, groupId, Ed25519KeyPair.generate());
  }

  GroupMember(HearthServer hearth, String groupId, Ed25519KeyPair key) {
    this.hearth = hearth;
    this.groupId = groupId;
    this.key = key;
    this.token = Members.signIn(hearth, key);
    this.calls = new GroupCalls(hearth, groupId, token);
  }

  /** The same member, its session and state, speaking to another node of the instance. */
  GroupMember(GroupMember member, HearthServer node) {
    this.hearth = node;
    this.groupId = member.groupId;
    this.key = member.key;
    this.token = member.token;
    this.calls = new GroupCalls(node, groupId, token);
    this.mls = member.mls;
    this.position = member.position;
  }

  String thumbprint() {
    return key.publicKey().thumbprint().value();
  }

  /** Creates the MLS group at epoch 0 and starts it on the server. */
  HttpResponse<String> start() {
    mls = MlsMember.create(GroupId.of(groupId.getBytes(StandardCharsets.UTF_8)), key);
    return postJson("mls", Json.createObjectBuilder().add("groupInfo", b64(mls.groupInfo())));
  }

  HttpResponse<String> commit(PendingCommit commit) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("commit", b64(commit.commit()))
            .add("groupInfo", b64(commit.groupInfo()));
    commit.welcome().ifPresent(w -> body.add("welcome", b64(w)));
    return postJson("commits", body);
  }

  /** Commits and, when accepted, merges it and moves past it. */
  long commitAndMerge(PendingCommit commit) {
    HttpResponse<String> answer = commit(commit);
    assertEquals(201, answer.statusCode(), answer.body());
    mls.merge(commit);
    long seq = Http.json(answer).getJsonNumber("seq").longValue();
    own.add(seq);
    position = Math.max(position, seq);
    return seq;
  }

  HttpResponse<String> send(String text) {
    HttpResponse<String> answer =
        postMls("messages", mls.protect(text.getBytes(StandardCharsets.UTF_8)));
    remember(answer);
    return answer;
  }

  /** Notes the sequence number of an accepted message of this member's own. */
  void remember(HttpResponse<String> answer) {
    if (answer.statusCode() == 201) {
      own.add(Http.json(answer).getJsonNumber("seq").longValue());
    }
  }

  HttpResponse<String> postMls(String path, byte[] body) {
    return calls.postMls(path, body);
  }

  HttpResponse<String> postJson(String path, JsonObjectBuilder body) {
    return calls.postJson(path, body);
  }

  HttpResponse<String> get(String path) {
    return calls.get(path);
  }

  HttpResponse<String> delete(String path) {
    return calls.delete(path);
  }

  HttpRequest.Builder request(String path) {
    return calls.request(path);
  }

  /** Reads and processes everything after the position: commits, proposals, messages. */
  List<String> catchUp() {
    List<String> texts = new ArrayList<>();
    while (true) {
      HttpResponse<String> page = get("messages?after=" + position);
      assertEquals(200, page.statusCode(), page.body());
      var messages = Http.json(page).getJsonArray("messages");
      if (messages.isEmpty()) {
        return texts;
      }
      for (var value : messages) {
        JsonObject message = value.asJsonObject();
        process(message).ifPresent(texts::add);
        position = message.getJsonNumber("seq").longValue();
      }
    }
  }

  java.util.Optional<String> process(JsonObject message) {
    if (removed
        || message.isNull("data")
        || own.contains(message.getJsonNumber("seq").longValue())) {
      return java.util.Optional.empty();
    }
    byte[] data = UNB64.decode(message.getString("data"));
    if ("application".equals(message.getString("kind"))) {
      org.hearth.crypto.mls.ApplicationMessage opened = mls.unprotect(data);
      evidence.put(message.getJsonNumber("seq").longValue(), opened.evidence().bytes());
      String text = new String(opened.plaintext(), StandardCharsets.UTF_8);
      received.add(text);
      return java.util.Optional.of(text);
    }
    if (message.getJsonNumber("epoch").longValue() == mls.epoch()) {
      if (mls.handle(data) == Handled.REMOVED) {
        removed = true;
      }
    }
    return java.util.Optional.empty();
  }

  long serverEpoch() {
    HttpResponse<String> state = get("mls");
    assertEquals(200, state.statusCode(), state.body());
    return Http.json(state).getJsonNumber("epoch").longValue();
  }

  static String b64(byte[] bytes) {
    return B64.encodeToString(bytes);
  }
}
