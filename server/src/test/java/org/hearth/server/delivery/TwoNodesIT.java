package org.hearth.server.delivery;

import static org.hearth.server.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.hearth.crypto.mls.PendingCommit;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two Hearth nodes sharing one PostgreSQL database: a session made on one works on the other, a
 * message sent through one reaches a member following live on the other, of two competing commits
 * sent to the two nodes exactly one is accepted, and a sign-out through one ends the session on
 * both.
 */
@ExtendWith(HearthServers.class)
class TwoNodesIT {

  @Test
  void nodesSharingADatabaseActAsOneInstance(
      @Instance(value = "node-a", postgres = true) HearthServer nodeA) throws Exception {
    String url = System.getProperty("hearth.it.postgres.url");
    String base = url.substring(0, url.lastIndexOf('/') + 1);
    HearthServer nodeB =
        HearthServers.dedicated(
            "node-b",
            Map.of(
                "DB_URL", base + "hearth_it_node_a",
                "DB_USER", System.getProperty("hearth.it.postgres.user", "hearth"),
                "DB_PASSWORD", System.getProperty("hearth.it.postgres.password", "hearth"),
                "HEARTH_BASE_URL", nodeA.baseUri().toString().replaceAll("/$", "")));
    try {
      nodeB.start();
      DeliveryIT.Group group = DeliveryIT.Group.create(nodeA, "APPROVAL", 12);
      GroupMember sender = group.add();
      GroupMember followerOnB = new GroupMember(group.facilitator(), nodeB);

      LiveDeliveryIT.Events events =
          LiveDeliveryIT.Events.open(followerOnB, "after=" + followerOnB.position, null);
      for (int i = 1; i <= 3; i++) {
        assertEquals(201, sender.send("through node A, " + i).statusCode());
      }
      List<JsonObject> arrived = events.take(3);
      events.close();
      assertEquals(
          List.of("through node A, 1", "through node A, 2", "through node A, 3"),
          arrived.stream().map(m -> followerOnB.process(m).orElseThrow()).toList());

      GroupMember senderOnB = new GroupMember(sender, nodeB);
      PendingCommit onA = group.facilitator().mls.updatePath();
      PendingCommit onB = senderOnB.mls.updatePath();
      CompletableFuture<HttpResponse<String>> a =
          CompletableFuture.supplyAsync(() -> group.facilitator().commit(onA));
      CompletableFuture<HttpResponse<String>> b =
          CompletableFuture.supplyAsync(() -> senderOnB.commit(onB));
      List<HttpResponse<String>> answers = List.of(a.join(), b.join());
      assertEquals(1, answers.stream().filter(r -> r.statusCode() == 201).count());
      assertProblem(
          answers.stream().filter(r -> r.statusCode() != 201).findFirst().orElseThrow(),
          409,
          "stale-epoch");

      // A sign-out on one node ends the session on the other at once.
      assertEquals(200, senderOnB.get("messages?after=0").statusCode());
      HttpResponse<String> signOut =
          Http.send(
              HttpRequest.newBuilder(nodeA.uri("/api/v1/auth/sessions/current"))
                  .header("Authorization", "Bearer " + sender.token)
                  .DELETE()
                  .build());
      assertEquals(204, signOut.statusCode());
      assertProblem(senderOnB.get("messages?after=0"), 401, "unauthorized");
    } finally {
      nodeB.stop();
    }
  }
}
