package org.hearth.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.mls.GroupId;
import org.hearth.crypto.mls.KeyPackageBundle;
import org.hearth.crypto.mls.MlsMember;
import org.hearth.crypto.mls.PendingCommit;
import org.hearth.protocol.content.Content;
import org.hearth.protocol.content.ContentCodec;
import org.hearth.server.testing.Admins;
import org.hearth.server.testing.GroupCalls;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Members;

/**
 * A member on the Java side of a browser test: the crypto module's MLS member speaking the delivery
 * API and the content format, as the Java client does. The facilitator who starts a group is one.
 */
final class JavaMember {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

  /** A decoded message and the credential identity (key thumbprint) of its sender. */
  record Received(String sender, Content content) {}

  final HearthServer hearth;
  final String groupId;
  final Ed25519KeyPair key;
  private final GroupCalls calls;
  MlsMember mls;
  private KeyPackageBundle bundle;
  private long position;
  private final Set<Long> own = new HashSet<>();

  private JavaMember(HearthServer hearth, String groupId, Ed25519KeyPair key) {
    this.hearth = hearth;
    this.groupId = groupId;
    this.key = key;
    this.calls = new GroupCalls(hearth, groupId, Members.signIn(hearth, key));
  }

  /** Creates a group with this policy through the admin and starts its MLS group as facilitator. */
  static JavaMember facilitatorOfNewGroup(HearthServer hearth, String name, String policy) {
    Ed25519KeyPair key = Ed25519KeyPair.generate();
    String body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("description", "A place to talk about sleep and the small hours.")
            .add("language", "en")
            .add("joinPolicy", policy)
            .add("sizeCap", 12)
            .add("guidelines", "Be kind.\nWhat is said here stays here.")
            .add("listed", true)
            .add("topics", Json.createArrayBuilder().add("sleep"))
            .add(
                "facilitators", Json.createArrayBuilder().add(key.publicKey().thumbprint().value()))
            .build()
            .toString();
    HttpResponse<String> created =
        Http.send(
            Members.authorized(hearth.uri("/api/v1/groups"), Admins.token(hearth))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    assertEquals(201, created.statusCode(), created.body());
    JavaMember facilitator = new JavaMember(hearth, Http.json(created).getString("id"), key);
    facilitator.mls =
        MlsMember.create(GroupId.of(facilitator.groupId.getBytes(StandardCharsets.UTF_8)), key);
    HttpResponse<String> started =
        facilitator.postJson(
            "mls",
            Json.createObjectBuilder()
                .add("groupInfo", B64.encodeToString(facilitator.mls.groupInfo())));
    assertEquals(201, started.statusCode(), started.body());
    return facilitator;
  }

  /** A new member of an open group, joined by external commit from the published GroupInfo. */
  static JavaMember joinOpenGroup(HearthServer hearth, String groupId) {
    JavaMember member = new JavaMember(hearth, groupId, Ed25519KeyPair.generate());
    HttpResponse<String> state = member.get("mls");
    assertEquals(200, state.statusCode(), state.body());
    MlsMember.ExternalJoin join =
        MlsMember.externalJoin(UNB64.decode(Http.json(state).getString("groupInfo")), member.key);
    HttpResponse<String> joined =
        member.postJson(
            "commits",
            Json.createObjectBuilder()
                .add("commit", B64.encodeToString(join.commit()))
                .add("groupInfo", B64.encodeToString(join.groupInfo())));
    assertEquals(201, joined.statusCode(), joined.body());
    member.mls = join.member();
    member.position = Http.json(joined).getJsonNumber("seq").longValue();
    return member;
  }

  /** A newcomer who asks to join an approval group with a fresh KeyPackage. */
  static JavaMember requestToJoin(HearthServer hearth, String groupId) {
    JavaMember member = new JavaMember(hearth, groupId, Ed25519KeyPair.generate());
    member.bundle = KeyPackageBundle.create(member.key, Duration.ofDays(7));
    HttpResponse<String> asked =
        member.postJson(
            "join-requests",
            Json.createObjectBuilder()
                .add("keyPackage", B64.encodeToString(member.bundle.keyPackage())));
    assertEquals(201, asked.statusCode(), asked.body());
    return member;
  }

  /** Joins from the Welcome a facilitator's Add left for this member. */
  void acceptWelcome() {
    HttpResponse<String> welcome = get("welcome");
    assertEquals(200, welcome.statusCode(), welcome.body());
    JsonObject w = Http.json(welcome);
    mls = MlsMember.join(UNB64.decode(w.getString("welcome")), key, bundle);
    position = w.getJsonNumber("seq").longValue();
  }

  String thumbprint() {
    return key.publicKey().thumbprint().value();
  }

  /** The thumbprints of the other members in this member's view of the tree. */
  List<String> others() {
    return mls.members().stream()
        .map(m -> m.identity())
        .filter(identity -> !identity.equals(thumbprint()))
        .toList();
  }

  /** Catches up, then counts the other members. */
  int catchUpAndCount() {
    catchUp();
    return others().size();
  }

  /** Encrypts and sends one content; returns its sequence number. */
  long send(Content content) {
    HttpResponse<String> answer = postMls("messages", mls.protect(ContentCodec.encode(content)));
    assertEquals(201, answer.statusCode(), answer.body());
    long seq = Http.json(answer).getJsonNumber("seq").longValue();
    own.add(seq);
    return seq;
  }

  /** Admits every waiting join request by one Add commit (with its Welcome); returns how many. */
  int admitJoinRequests() {
    HttpResponse<String> waiting = get("join-requests");
    assertEquals(200, waiting.statusCode(), waiting.body());
    List<byte[]> keyPackages =
        Json.createReader(new java.io.StringReader(waiting.body())).readArray().stream()
            .map(v -> UNB64.decode(v.asJsonObject().getString("keyPackage")))
            .toList();
    if (!keyPackages.isEmpty()) {
      catchUp();
      commitAndMerge(mls.add(keyPackages));
    }
    return keyPackages.size();
  }

  /** A fresh invite code for this (facilitator's) group. */
  String invite() {
    HttpResponse<String> made = postJson("invites", Json.createObjectBuilder());
    assertEquals(201, made.statusCode(), made.body());
    return Http.json(made).getString("code");
  }

  /** Commits the proposals received so far (for example a member's leaving). */
  void commitPending() {
    commitAndMerge(mls.commitPending());
  }

  /** Removes the member with this thumbprint by a commit of this (facilitator) member. */
  void remove(String thumbprint) {
    var leaf =
        mls.members().stream()
            .filter(m -> m.identity().equals(thumbprint))
            .findFirst()
            .orElseThrow()
            .leaf();
    commitAndMerge(mls.remove(List.of(leaf)));
  }

  void commitAndMerge(PendingCommit commit) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("commit", B64.encodeToString(commit.commit()))
            .add("groupInfo", B64.encodeToString(commit.groupInfo()));
    commit.welcome().ifPresent(w -> body.add("welcome", B64.encodeToString(w)));
    HttpResponse<String> answer = postJson("commits", body);
    assertEquals(201, answer.statusCode(), answer.body());
    mls.merge(commit);
    long seq = Http.json(answer).getJsonNumber("seq").longValue();
    own.add(seq);
  }

  /**
   * Reads and processes everything after the position; returns the decoded application contents.
   */
  List<Received> catchUp() {
    List<Received> out = new ArrayList<>();
    while (true) {
      HttpResponse<String> page = get("messages?after=" + position);
      assertEquals(200, page.statusCode(), page.body());
      var messages = Http.json(page).getJsonArray("messages");
      if (messages.isEmpty()) {
        return out;
      }
      for (var value : messages) {
        JsonObject message = value.asJsonObject();
        long seq = message.getJsonNumber("seq").longValue();
        position = seq;
        if (own.contains(seq) || !message.containsKey("data") || message.isNull("data")) {
          continue;
        }
        byte[] data = UNB64.decode(message.getString("data"));
        if ("application".equals(message.getString("kind"))) {
          var opened = mls.unprotect(data);
          String sender =
              mls.members().stream()
                  .filter(m -> m.leaf().equals(opened.sender()))
                  .findFirst()
                  .orElseThrow()
                  .identity();
          out.add(new Received(sender, ContentCodec.decode(opened.plaintext())));
        } else if (message.getJsonNumber("epoch").longValue() == mls.epoch()) {
          mls.handle(data);
        }
      }
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
}
