package org.hearth.server.delivery;

import static org.hearth.server.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hearth.crypto.mls.KeyPackageBundle;
import org.hearth.crypto.mls.LeafIndex;
import org.hearth.crypto.mls.MlsException;
import org.hearth.crypto.mls.MlsMember;
import org.hearth.crypto.mls.PendingCommit;
import org.hearth.server.testing.Admins;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.hearth.server.testing.Members;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The MLS delivery service on a real Liberty, with real MLS members speaking its HTTP API: starting
 * a group, joining by approval and by external commit, messages both ways, ordering of competing
 * commits, GroupInfo checks, removal, leaving, and bad input that changes nothing.
 */
@ExtendWith(HearthServers.class)
class DeliveryIT {

  @Test
  void approvalJoinThenMessagesBothWays(@Instance HearthServer hearth) {
    Group group = Group.create(hearth, "APPROVAL", 12);
    GroupMember facilitator = group.facilitator;
    GroupMember newcomer = new GroupMember(hearth, group.id);

    KeyPackageBundle bundle = KeyPackageBundle.create(newcomer.key, Duration.ofDays(7));
    HttpResponse<String> asked =
        newcomer.postJson(
            "join-requests",
            Json.createObjectBuilder().add("keyPackage", GroupMember.b64(bundle.keyPackage())));
    assertEquals(201, asked.statusCode(), asked.body());
    assertEquals(404, newcomer.get("welcome").statusCode(), "nothing before the facilitator acts");
    assertEquals(200, newcomer.get("join-requests/mine").statusCode());
    assertProblem(newcomer.get("join-requests"), 403, "forbidden");

    HttpResponse<String> waiting = facilitator.get("join-requests");
    assertEquals(200, waiting.statusCode(), waiting.body());
    JsonObject request =
        Json.createReader(new java.io.StringReader(waiting.body())).readArray().getJsonObject(0);
    assertEquals(newcomer.thumbprint(), request.getString("thumbprint"));
    byte[] keyPackage = GroupMember.UNB64.decode(request.getString("keyPackage"));
    assertArrayEquals(bundle.keyPackage(), keyPackage);

    long addedAt = facilitator.commitAndMerge(facilitator.mls.add(List.of(keyPackage)));
    assertEquals(404, newcomer.get("join-requests/mine").statusCode(), "the request is done");

    HttpResponse<String> welcome = newcomer.get("welcome");
    assertEquals(200, welcome.statusCode(), welcome.body());
    JsonObject w = Http.json(welcome);
    assertEquals(addedAt, w.getJsonNumber("seq").longValue());
    newcomer.mls =
        MlsMember.join(GroupMember.UNB64.decode(w.getString("welcome")), newcomer.key, bundle);
    newcomer.position = w.getJsonNumber("seq").longValue();
    assertEquals(204, newcomer.delete("welcome").statusCode());
    assertEquals(1, newcomer.mls.epoch());

    assertEquals(201, newcomer.send("hello from the newcomer").statusCode());
    assertEquals(201, facilitator.send("welcome, glad you are here").statusCode());
    assertEquals(List.of("hello from the newcomer"), facilitator.catchUp());
    assertEquals(List.of("welcome, glad you are here"), newcomer.catchUp());
  }

  @Test
  void anOpenGroupIsJoinedByExternalCommitWithNobodyOnline(@Instance HearthServer hearth) {
    Group group = Group.create(hearth, "OPEN", 12);
    GroupMember newcomer = new GroupMember(hearth, group.id);

    HttpResponse<String> state = newcomer.get("mls");
    assertEquals(200, state.statusCode(), "an open group's GroupInfo is there for newcomers");
    byte[] groupInfo = GroupMember.UNB64.decode(Http.json(state).getString("groupInfo"));
    MlsMember.ExternalJoin join = MlsMember.externalJoin(groupInfo, newcomer.key);
    HttpResponse<String> joined =
        newcomer.postJson(
            "commits",
            Json.createObjectBuilder()
                .add("commit", GroupMember.b64(join.commit()))
                .add("groupInfo", GroupMember.b64(join.groupInfo())));
    assertEquals(201, joined.statusCode(), joined.body());
    newcomer.mls = join.member();
    newcomer.remember(joined);
    newcomer.position = Http.json(joined).getJsonNumber("seq").longValue();

    assertEquals(201, newcomer.send("first words").statusCode());
    assertEquals(List.of("first words"), group.facilitator.catchUp());
    assertEquals(2, group.facilitator.mls.members().size());
  }

  @Test
  void ofTwoConcurrentCommitsExactlyOneWinsAndTheOtherCatchesUp(@Instance HearthServer hearth) {
    Group group = Group.create(hearth, "APPROVAL", 12);
    GroupMember second = group.add();

    PendingCommit mine = group.facilitator.mls.updatePath();
    PendingCommit theirs = second.mls.updatePath();
    CompletableFuture<HttpResponse<String>> a =
        CompletableFuture.supplyAsync(() -> group.facilitator.commit(mine));
    CompletableFuture<HttpResponse<String>> b =
        CompletableFuture.supplyAsync(() -> second.commit(theirs));
    List<HttpResponse<String>> answers = List.of(a.join(), b.join());

    assertEquals(
        1, answers.stream().filter(r -> r.statusCode() == 201).count(), "exactly one accepted");
    HttpResponse<String> lost =
        answers.stream().filter(r -> r.statusCode() != 201).findFirst().orElseThrow();
    assertProblem(lost, 409, "stale-epoch");
    assertEquals(2, Http.json(lost).getJsonNumber("currentEpoch").longValue());

    GroupMember winner = answers.get(0).statusCode() == 201 ? group.facilitator : second;
    GroupMember loser = winner == second ? group.facilitator : second;
    winner.mls.merge(winner == second ? theirs : mine);
    winner.remember(answers.get(winner == second ? 1 : 0));
    loser.catchUp();
    assertEquals(2, loser.mls.epoch(), "the loser processed the winning commit");
    loser.commitAndMerge(loser.mls.updatePath());
    winner.catchUp();
    assertEquals(3, winner.mls.epoch());
    assertArrayEquals(winner.mls.epochAuthenticator(), loser.mls.epochAuthenticator());
  }

  @Test
  void aGroupInfoThatIsNotTheCommitsIsRefusedAndNothingChanges(@Instance HearthServer hearth) {
    Group group = Group.create(hearth, "APPROVAL", 12);
    GroupMember second = group.add();
    GroupMember facilitator = group.facilitator;
    long epoch = facilitator.serverEpoch();
    long latest = Http.json(facilitator.get("mls")).getJsonNumber("latestSeq").longValue();

    PendingCommit commit = facilitator.mls.updatePath();
    PendingCommit other = second.mls.updatePath();
    HttpResponse<String> swapped =
        facilitator.postJson(
            "commits",
            Json.createObjectBuilder()
                .add("commit", GroupMember.b64(commit.commit()))
                .add("groupInfo", GroupMember.b64(other.groupInfo())));
    assertProblem(swapped, 422, "group-info-mismatch");

    byte[] flipped = commit.groupInfo().clone();
    flipped[flipped.length / 2] ^= 1;
    HttpResponse<String> tampered =
        facilitator.postJson(
            "commits",
            Json.createObjectBuilder()
                .add("commit", GroupMember.b64(commit.commit()))
                .add("groupInfo", GroupMember.b64(flipped)));
    assertProblem(tampered, 422, "group-info-mismatch");

    JsonObject state = Http.json(facilitator.get("mls"));
    assertEquals(epoch, state.getJsonNumber("epoch").longValue(), "epoch unchanged");
    assertEquals(latest, state.getJsonNumber("latestSeq").longValue(), "nothing stored");
    facilitator.commitAndMerge(commit);
    second.catchUp();
    assertEquals(epoch + 1, second.mls.epoch(), "the honest commit still works");
  }

  @Test
  void aRemovedMemberCanNeitherReadNorSend(@Instance HearthServer hearth) {
    Group group = Group.create(hearth, "APPROVAL", 12);
    GroupMember second = group.add();
    GroupMember third = group.add();
    second.catchUp();

    assertProblem(
        second.commit(second.mls.remove(List.of(leafOf(second, third)))), 403, "forbidden");
    group.facilitator.commitAndMerge(
        group.facilitator.mls.remove(List.of(leafOf(group.facilitator, third))));
    assertEquals(201, group.facilitator.send("after the removal").statusCode());

    HttpResponse<String> afterRemoval =
        group.facilitator.get("messages?after=" + (group.facilitator.position - 1));
    JsonObject secret = Http.json(afterRemoval).getJsonArray("messages").getJsonObject(1);
    byte[] ciphertext = GroupMember.UNB64.decode(secret.getString("data"));
    assertThrows(MlsException.class, () -> third.mls.unprotect(ciphertext));
    assertProblem(third.get("messages?after=0"), 403, "forbidden");
    assertProblem(third.send("still here?"), 403, "forbidden");
    assertEquals(List.of("after the removal"), second.catchUp());
  }

  @Test
  void aMemberLeavesAndTheServerForgetsTheirKey(@Instance HearthServer hearth) {
    Group group = Group.create(hearth, "APPROVAL", 12);
    GroupMember stays = group.add();
    GroupMember leaver = group.add();
    stays.catchUp();
    leaver.catchUp();
    HttpResponse<String> sent = leaver.send("goodbye, everyone");
    long seq = Http.json(sent).getJsonNumber("seq").longValue();

    HttpResponse<String> proposed = leaver.postMls("proposals", leaver.mls.proposeLeave());
    assertEquals(201, proposed.statusCode(), proposed.body());
    leaver.remember(proposed);
    assertEquals(204, leaver.delete("membership").statusCode());
    assertProblem(leaver.get("messages?after=0"), 403, "forbidden");
    assertProblem(leaver.delete("messages/" + seq), 403, "forbidden");

    assertEquals(List.of("goodbye, everyone"), stays.catchUp());
    stays.commitAndMerge(stays.mls.commitPending());
    assertEquals(2, stays.mls.members().size());
    assertEquals(2, Http.json(group.facilitator.get("mls")).getInt("members"));
    group.facilitator.catchUp();
    assertEquals(2, group.facilitator.mls.members().size());
  }

  @Test
  void aSenderDeletesTheirOwnMessageAndOnlyTheirs(@Instance HearthServer hearth) {
    Group group = Group.create(hearth, "APPROVAL", 12);
    GroupMember second = group.add();
    long seq = Http.json(second.send("I regret this")).getJsonNumber("seq").longValue();

    assertProblem(group.facilitator.delete("messages/" + seq), 403, "forbidden");
    assertEquals(204, second.delete("messages/" + seq).statusCode());
    JsonObject message =
        Http.json(group.facilitator.get("messages?after=" + (seq - 1)))
            .getJsonArray("messages")
            .getJsonObject(0);
    assertTrue(message.getBoolean("deleted"));
    assertFalse(message.containsKey("data"), "no ciphertext any more");
  }

  @Test
  void badInputIsRefusedAndChangesNothing(@Instance HearthServer hearth) {
    Group group = Group.create(hearth, "APPROVAL", 12);
    GroupMember member = group.add();
    Group elsewhere = Group.create(hearth, "APPROVAL", 12);
    JsonObject before = Http.json(member.get("mls"));

    assertProblem(member.postMls("messages", new byte[] {0, 1, 2, 3}), 400, "malformed-mls");
    byte[] foreign =
        elsewhere.facilitator.mls.protect("for the other group".getBytes(StandardCharsets.UTF_8));
    assertProblem(member.postMls("messages", foreign), 422, "validation");
    assertProblem(member.postMls("messages", new byte[70_000]), 413, "body-too-large");
    GroupMember stranger = new GroupMember(hearth, group.id);
    assertProblem(
        stranger.postMls("messages", member.mls.protect(new byte[] {1})), 403, "forbidden");

    byte[] stale = member.mls.protect("old epoch".getBytes(StandardCharsets.UTF_8));
    group.facilitator.commitAndMerge(group.facilitator.mls.updatePath());
    HttpResponse<String> late = member.postMls("messages", stale);
    assertProblem(late, 409, "stale-epoch");
    assertEquals(
        before.getJsonNumber("epoch").longValue() + 1,
        Http.json(late).getJsonNumber("currentEpoch").longValue());

    assertProblem(
        member.postJson("commits", Json.createObjectBuilder().add("commit", "%%%")),
        422,
        "validation");
    assertProblem(member.get("messages?after=0&limit=100000"), 400, "bad-request");
    JsonObject after = Http.json(member.get("mls"));
    assertEquals(
        before.getJsonNumber("latestSeq").longValue() + 1,
        after.getJsonNumber("latestSeq").longValue(),
        "only the facilitator's commit was stored");
  }

  @Test
  void aFullGroupRefusesNewcomers(@Instance HearthServer hearth) {
    Group group = Group.create(hearth, "OPEN", 2);
    GroupMember second = new GroupMember(hearth, group.id);
    group.externalJoin(second);
    GroupMember third = new GroupMember(hearth, group.id);
    byte[] groupInfo = GroupMember.UNB64.decode(Http.json(third.get("mls")).getString("groupInfo"));
    MlsMember.ExternalJoin join = MlsMember.externalJoin(groupInfo, third.key);
    assertProblem(
        third.postJson(
            "commits",
            Json.createObjectBuilder()
                .add("commit", GroupMember.b64(join.commit()))
                .add("groupInfo", GroupMember.b64(join.groupInfo()))),
        409,
        "group-full");
    assertEquals(2, Http.json(group.facilitator.get("mls")).getInt("members"));
  }

  @Test
  void invitesAuthoriseOneJoinRequestEach(@Instance HearthServer hearth) {
    Group group = Group.create(hearth, "INVITE_ONLY", 12);
    HttpResponse<String> made = group.facilitator.postJson("invites", Json.createObjectBuilder());
    assertEquals(201, made.statusCode(), made.body());
    String code = Http.json(made).getString("code");

    GroupMember first = new GroupMember(hearth, group.id);
    GroupMember second = new GroupMember(hearth, group.id);
    assertProblem(first.postJson("join-requests", joinRequest(first, null)), 422, "validation");
    assertEquals(
        201, first.postJson("join-requests", joinRequest(first, code.toUpperCase())).statusCode());
    assertProblem(second.postJson("join-requests", joinRequest(second, code)), 403, "forbidden");
    assertFalse(
        group.facilitator.get("join-requests").body().contains(second.thumbprint()),
        "no request from the second key");
  }

  @Test
  void facilitatorsShareAndHandOverTheRole(@Instance HearthServer hearth) {
    Group group = Group.create(hearth, "APPROVAL", 12);
    GroupMember second = group.add();
    GroupMember third = group.add();
    second.catchUp();
    String base = "/api/v1/groups/" + group.id() + "/facilitators/";

    assertProblem(
        Http.send(
            Members.authorized(hearth.uri(base + second.thumbprint()), second.token)
                .PUT(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build()),
        403,
        "forbidden");
    HttpResponse<String> granted =
        Http.send(
            Members.authorized(hearth.uri(base + second.thumbprint()), group.facilitator.token)
                .PUT(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
    assertEquals(200, granted.statusCode(), granted.body());
    second.commitAndMerge(second.mls.remove(List.of(leafOf(second, third))));

    HttpResponse<String> handedOver =
        Http.send(
            Members.authorized(
                    hearth.uri(base + group.facilitator.thumbprint()), group.facilitator.token)
                .DELETE()
                .build());
    assertEquals(200, handedOver.statusCode(), handedOver.body());
    assertEquals(
        List.of(second.thumbprint()),
        Http.json(handedOver)
            .getJsonArray("facilitators")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertProblem(
        Http.send(
            Members.authorized(hearth.uri(base + second.thumbprint()), second.token)
                .DELETE()
                .build()),
        409,
        "conflict");
  }

  private static jakarta.json.JsonObjectBuilder joinRequest(GroupMember member, String code) {
    var body =
        Json.createObjectBuilder()
            .add(
                "keyPackage",
                GroupMember.b64(
                    KeyPackageBundle.create(member.key, Duration.ofDays(7)).keyPackage()));
    if (code != null) {
      body.add("inviteCode", code);
    }
    return body;
  }

  private static LeafIndex leafOf(GroupMember viewer, GroupMember member) {
    return viewer.mls.members().stream()
        .filter(m -> m.identity().equals(member.thumbprint()))
        .findFirst()
        .orElseThrow()
        .leaf();
  }

  /** A started group with its facilitator. */
  record Group(HearthServer hearth, String id, GroupMember facilitator) {
    static Group create(HearthServer hearth, String policy, int sizeCap) {
      GroupMember[] facilitator = new GroupMember[1];
      String thumbprint;
      var key = org.hearth.crypto.Ed25519KeyPair.generate();
      thumbprint = key.publicKey().thumbprint().value();
      HttpResponse<String> created =
          Http.send(
              Members.authorized(hearth.uri("/api/v1/groups"), Admins.token(hearth))
                  .header("Content-Type", "application/json")
                  .POST(
                      java.net.http.HttpRequest.BodyPublishers.ofString(
                          "{\"name\":\"Delivery test\",\"description\":\"d\",\"language\":\"en\","
                              + "\"joinPolicy\":\""
                              + policy
                              + "\",\"sizeCap\":"
                              + sizeCap
                              + ",\"guidelines\":\"Be kind.\",\"listed\":false,"
                              + "\"facilitators\":[\""
                              + thumbprint
                              + "\"]}"))
                  .build());
      assertEquals(201, created.statusCode(), created.body());
      String id = Http.json(created).getString("id");
      facilitator[0] = new GroupMember(hearth, id, key);
      HttpResponse<String> started = facilitator[0].start();
      assertEquals(201, started.statusCode(), started.body());
      assertProblem(
          facilitator[0].postJson(
              "mls",
              Json.createObjectBuilder()
                  .add("groupInfo", GroupMember.b64(facilitator[0].mls.groupInfo()))),
          409,
          "conflict");
      return new Group(hearth, id, facilitator[0]);
    }

    /** Adds a member through a join request and the facilitator's commit. */
    GroupMember add() {
      GroupMember member = new GroupMember(hearth, id);
      KeyPackageBundle bundle = KeyPackageBundle.create(member.key, Duration.ofDays(7));
      facilitator.catchUp();
      facilitator.commitAndMerge(facilitator.mls.add(List.of(bundle.keyPackage())));
      JsonObject welcome = Http.json(member.get("welcome"));
      member.mls =
          MlsMember.join(
              GroupMember.UNB64.decode(welcome.getString("welcome")), member.key, bundle);
      member.position = welcome.getJsonNumber("seq").longValue();
      return member;
    }

    void externalJoin(GroupMember member) {
      byte[] groupInfo =
          GroupMember.UNB64.decode(Http.json(member.get("mls")).getString("groupInfo"));
      MlsMember.ExternalJoin join = MlsMember.externalJoin(groupInfo, member.key);
      HttpResponse<String> joined =
          member.postJson(
              "commits",
              Json.createObjectBuilder()
                  .add("commit", GroupMember.b64(join.commit()))
                  .add("groupInfo", GroupMember.b64(join.groupInfo())));
      assertEquals(201, joined.statusCode(), joined.body());
      member.mls = join.member();
      member.remember(joined);
      member.position = Http.json(joined).getJsonNumber("seq").longValue();
    }
  }
}
