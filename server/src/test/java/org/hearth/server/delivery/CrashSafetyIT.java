package org.hearth.server.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Members send as fast as they can while the server is killed with SIGKILL; after a restart every
 * acknowledged message is stored exactly once, in order, byte for byte, the sequence has no gap,
 * and a member reading from where it was gets each message once — on H2 and on PostgreSQL.
 */
@ExtendWith(HearthServers.class)
class CrashSafetyIT {
  private static final String UNLIMITED_1 = "HEARTH_RATE_PER_CONNECTION=0";
  private static final String UNLIMITED_2 = "HEARTH_RATE_PER_KEY=0";

  @Test
  void onTheEmbeddedDatabase(
      @Instance(
              value = "crash-h2",
              env = {UNLIMITED_1, UNLIMITED_2})
          HearthServer hearth)
      throws Exception {
    killUnderLoadAndCheck(hearth);
  }

  @Test
  void onPostgresql(
      @Instance(
              value = "crash-pg",
              postgres = true,
              env = {UNLIMITED_1, UNLIMITED_2})
          HearthServer hearth)
      throws Exception {
    killUnderLoadAndCheck(hearth);
  }

  private static void killUnderLoadAndCheck(HearthServer hearth) throws Exception {
    DeliveryIT.Group group = DeliveryIT.Group.create(hearth, "APPROVAL", 12);
    List<GroupMember> senders = List.of(group.add(), group.add(), group.add());
    GroupMember reader = group.facilitator();
    reader.catchUp();
    long start = reader.position;

    Map<Long, byte[]> acknowledged = new ConcurrentHashMap<>();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(senders.size());
    for (GroupMember sender : senders) {
      pool.submit(
          () -> {
            int n = 0;
            while (!stop.get()) {
              byte[] ciphertext =
                  sender.mls.protect(
                      ("message " + n++ + " from " + sender.thumbprint())
                          .getBytes(StandardCharsets.UTF_8));
              try {
                HttpResponse<String> answer = sender.postMls("messages", ciphertext);
                if (answer.statusCode() == 201) {
                  acknowledged.put(Http.json(answer).getJsonNumber("seq").longValue(), ciphertext);
                } else {
                  Thread.sleep(100);
                }
              } catch (RuntimeException connectionLost) {
                if (stop.get()) {
                  return null;
                }
                // A request that timed out on a busy machine: its outcome is unknown, so it is not
                // counted as acknowledged, and the sender goes on.
                Thread.sleep(100);
              }
            }
            return null;
          });
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (acknowledged.size() < 60) {
      assertTrue(System.nanoTime() < deadline, "only " + acknowledged.size() + " acknowledged");
      Thread.sleep(20);
    }
    hearth.kill();
    stop.set(true);
    pool.shutdown();
    assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    hearth.start();

    List<JsonObject> stored = new ArrayList<>();
    long after = start;
    while (true) {
      List<JsonObject> page =
          Http.json(reader.get("messages?after=" + after + "&limit=500"))
              .getJsonArray("messages")
              .getValuesAs(JsonObject.class);
      if (page.isEmpty()) {
        break;
      }
      stored.addAll(page);
      after = page.get(page.size() - 1).getJsonNumber("seq").longValue();
    }
    for (int i = 0; i < stored.size(); i++) {
      assertEquals(start + 1 + i, stored.get(i).getJsonNumber("seq").longValue(), "no gap");
    }
    Map<Long, byte[]> byseq = new ConcurrentHashMap<>();
    for (JsonObject message : stored) {
      byseq.put(
          message.getJsonNumber("seq").longValue(),
          GroupMember.UNB64.decode(message.getString("data")));
    }
    for (Map.Entry<Long, byte[]> ack : acknowledged.entrySet()) {
      assertArrayEquals(
          ack.getValue(), byseq.get(ack.getKey()), "acknowledged message " + ack.getKey());
    }
    assertEquals(
        stored.get(stored.size() - 1).getJsonNumber("seq").longValue(),
        Http.json(reader.get("mls")).getJsonNumber("latestSeq").longValue(),
        "the sequence counter matches what is stored: nothing half-written");
    List<String> read = reader.catchUp();
    assertEquals(stored.size(), read.size(), "the reader resumes and gets each message once");
    assertEquals(read.size(), read.stream().distinct().count());
  }
}
