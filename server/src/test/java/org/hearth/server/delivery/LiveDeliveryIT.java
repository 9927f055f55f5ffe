package org.hearth.server.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Instance;
import org.hearth.server.testing.Members;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Following a group live over Server-Sent Events: messages arrive as they are committed, and a
 * member who reconnects with the last id seen gets every message after it once, in order.
 */
@ExtendWith(HearthServers.class)
class LiveDeliveryIT {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Test
  void followersGetEveryMessageOnceInOrderAcrossReconnects(@Instance HearthServer hearth)
      throws Exception {
    DeliveryIT.Group group = DeliveryIT.Group.create(hearth, "APPROVAL", 12);
    GroupMember sender = group.add();
    GroupMember follower = group.facilitator();
    long start = follower.position;

    Events first = Events.open(follower, "after=" + start, null);
    for (int i = 1; i <= 5; i++) {
      assertEquals(201, sender.send("part one, message " + i).statusCode());
    }
    List<JsonObject> seen = new ArrayList<>(first.take(5));
    first.close();

    for (int i = 1; i <= 5; i++) {
      assertEquals(201, sender.send("while away, message " + i).statusCode());
    }
    long lastId = seen.get(seen.size() - 1).getJsonNumber("seq").longValue();
    Events second = Events.open(follower, "after=0", Long.toString(lastId));
    seen.addAll(second.take(5));
    for (int i = 1; i <= 3; i++) {
      assertEquals(201, sender.send("back again, message " + i).statusCode());
    }
    seen.addAll(second.take(3));
    second.close();

    List<Long> seqs = seen.stream().map(m -> m.getJsonNumber("seq").longValue()).toList();
    List<Long> expected = new ArrayList<>();
    for (long seq = start + 1; seq <= start + 13; seq++) {
      expected.add(seq);
    }
    assertEquals(expected, seqs, "no gap, no duplicate, in order");
    List<String> texts = new ArrayList<>();
    for (JsonObject message : seen) {
      follower.process(message).ifPresent(texts::add);
    }
    assertEquals(13, texts.size());
    assertEquals("part one, message 1", texts.get(0));
    assertEquals("while away, message 1", texts.get(5));
    assertEquals("back again, message 3", texts.get(12));

    HttpResponse<String> metrics =
        CLIENT.send(
            HttpRequest.newBuilder(hearth.uri("/metrics?scope=application")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, metrics.statusCode());
    assertTrue(counter(metrics.body(), "hearth_messages_accepted_total") >= 13, metrics.body());
    assertTrue(counter(metrics.body(), "hearth_live_deliveries_total") >= 13, metrics.body());
    assertTrue(
        !metrics.body().contains(group.id()) && !metrics.body().contains(sender.thumbprint()),
        "no per-group or per-member labels");
  }

  private static double counter(String exposition, String name) {
    return exposition
        .lines()
        .filter(line -> line.startsWith(name))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  @Test
  void onlyMembersMayFollow(@Instance HearthServer hearth) throws Exception {
    DeliveryIT.Group group = DeliveryIT.Group.create(hearth, "APPROVAL", 12);
    GroupMember stranger = new GroupMember(hearth, group.id());
    HttpResponse<String> answer =
        CLIENT.send(
            stranger.request("events").header("Accept", "text/event-stream").GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(403, answer.statusCode());
    assertTrue(answer.body().contains("urn:hearth:problem:forbidden"), answer.body());
    HttpResponse<String> anonymous =
        CLIENT.send(
            HttpRequest.newBuilder(hearth.uri("/api/v1/groups/" + group.id() + "/events"))
                .header("Accept", "text/event-stream")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(401, anonymous.statusCode());
  }

  /** One open event stream, its events parsed as they arrive. */
  static final class Events implements AutoCloseable {
    private final BlockingQueue<JsonObject> events = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;

    private Events(HttpResponse<Stream<String>> response) {
      this.response = response;
      Thread reader =
          new Thread(
              () -> {
                StringBuilder data = new StringBuilder();
                try {
                  response
                      .body()
                      .forEach(
                          line -> {
                            if (line.startsWith("data:")) {
                              data.append(line.substring(5).strip());
                            } else if (line.isEmpty() && data.length() > 0) {
                              events.add(
                                  Json.createReader(new StringReader(data.toString()))
                                      .readObject());
                              data.setLength(0);
                            }
                          });
                } catch (RuntimeException closed) {
                  // the test closed the stream
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    static Events open(GroupMember member, String query, String lastEventId) throws Exception {
      HttpRequest.Builder request =
          Members.authorized(
                  member.hearth.uri("/api/v1/groups/" + member.groupId + "/events?" + query),
                  member.token)
              .header("Accept", "text/event-stream");
      if (lastEventId != null) {
        request.header("Last-Event-ID", lastEventId);
      }
      HttpResponse<Stream<String>> response =
          CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofLines());
      assertEquals(200, response.statusCode());
      assertTrue(
          response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
      return new Events(response);
    }

    List<JsonObject> take(int count) throws InterruptedException {
      List<JsonObject> taken = new ArrayList<>();
      while (taken.size() < count) {
        JsonObject event = events.poll(20, TimeUnit.SECONDS);
        if (event == null) {
          throw new AssertionError("only " + taken.size() + " of " + count + " events arrived");
        }
        taken.add(event);
      }
      return taken;
    }

    @Override
    public void close() {
      response.body().close();
    }
  }
}
