package org.hearth.client.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.SignInChallenge;
import org.hearth.protocol.delivery.DeliveredMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The event stream's connection handling, against a scripted stand-in of the endpoint. */
class FollowingTest {
  /** What the stand-in does on the n-th connection (0-based) to the event stream. */
  interface Script {
    void serve(int connection, HttpExchange exchange, long after) throws IOException;
  }

  final GroupId group = new GroupId(UUID.randomUUID());
  final AtomicInteger connections = new AtomicInteger();
  final List<Long> afters = new CopyOnWriteArrayList<>();
  final List<Long> delivered = new CopyOnWriteArrayList<>();
  final AtomicReference<RuntimeException> stopped = new AtomicReference<>();
  final AtomicInteger pageRequests = new AtomicInteger();
  volatile Script script;
  HttpServer server;
  GroupDelivery delivery;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    String audience = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext(
        "/api/v1/auth/challenges",
        e ->
            send(
                e,
                201,
                "application/json",
                "{\"challenge\":\""
                    + SignInChallenge.issue(audience, Clock.systemUTC(), Duration.ofMinutes(1))
                        .encode()
                    + "\"}"));
    server.createContext(
        "/api/v1/auth/sessions",
        e ->
            send(
                e,
                201,
                "application/json",
                "{\"token\":\"t"
                    + connections.get()
                    + "\",\"subject\":\""
                    + delivery.member()
                    + "\",\"expiresAt\":"
                    + (System.currentTimeMillis() / 1000 + 3600)
                    + "}"));
    server.createContext("/api/v1/groups/" + group + "/events", this::events);
    server.createContext("/api/v1/groups/" + group + "/messages", this::page);
    server.start();
    delivery =
        new HearthClient(InstanceUrl.parse(audience)).delivery(group, Ed25519KeyPair.generate());
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  Following follow(Duration idle) {
    return Following.start(
        delivery,
        0,
        new Following.Listener() {
          @Override
          public void onMessage(DeliveredMessage message) {
            delivered.add(message.seq());
          }

          @Override
          public void onStopped(RuntimeException failure) {
            stopped.set(failure);
          }
        },
        idle);
  }

  @Test
  void aQuietStreamIsAbandonedAndResumedAfterTheLastSequenceNumber() throws Exception {
    script =
        (n, e, after) -> {
          OutputStream out = open(e);
          for (long seq = after + 1; seq <= after + 2; seq++) {
            out.write(event(seq));
          }
          out.flush();
          sleep(n < 2 ? 5_000 : 50);
        };
    try (Following following = follow(Duration.ofMillis(300))) {
      awaitDelivered(6);
      assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), delivered.subList(0, 6));
      assertEquals(List.of(0L, 2L, 4L), afters.subList(0, 3), "Last-Event-ID resumes");
      assertTrue(following.isRunning());
    }
  }

  @Test
  void aGapIsFilledFromTheMessagesBeforeGoingOn() throws Exception {
    script =
        (n, e, after) -> {
          OutputStream out = open(e);
          out.write(event(1));
          out.write(event(1));
          out.write(event(4));
          out.write(event(3));
          out.write(event(5));
          out.flush();
          sleep(5_000);
        };
    try (Following following = follow(Following.IDLE)) {
      awaitDelivered(5);
      assertEquals(List.of(1L, 2L, 3L, 4L, 5L), delivered);
      assertEquals(1, pageRequests.get());
    }
  }

  @Test
  void serverTroubleIsWaitedOutButARefusalStops() throws Exception {
    script =
        (n, e, after) -> {
          if (n == 0) {
            e.getResponseHeaders().add("Retry-After", "0");
            send(e, 503, "application/problem+json", "{\"type\":\"urn:hearth:problem:x\"}");
          } else if (n == 1) {
            send(
                e,
                401,
                "application/problem+json",
                "{\"type\":\"urn:hearth:problem:unauthorized\"}");
          } else if (n == 2) {
            OutputStream out = open(e);
            out.write(event(after + 1));
            out.close();
          } else {
            send(
                e,
                403,
                "application/problem+json",
                "{\"type\":\"urn:hearth:problem:forbidden\",\"detail\":\"Members only.\"}");
          }
        };
    Following following = follow(Following.IDLE);
    assertTrue(following.await(Duration.ofSeconds(20)));
    assertEquals(List.of(1L), delivered);
    HearthApiException refused = assertInstanceOf(HearthApiException.class, stopped.get());
    assertEquals(403, refused.status());
    assertEquals("Members only.", refused.getMessage());
    assertTrue(following.failure().isPresent());
  }

  @Test
  void anAnswerThatIsNotHearthsIsWaitedOut() throws Exception {
    script =
        (n, e, after) -> {
          if (n == 0) {
            send(e, 404, "text/html", "<h1>Context Root Not Found</h1>");
          } else if (n == 1) {
            OutputStream out = open(e);
            out.write(event(after + 1));
            out.close();
          } else {
            send(
                e,
                404,
                "application/problem+json",
                "{\"type\":\"urn:hearth:problem:not-found\",\"detail\":\"No such group.\"}");
          }
        };
    Following following = follow(Following.IDLE);
    assertTrue(following.await(Duration.ofSeconds(20)));
    assertEquals(List.of(1L), delivered, "a server still starting is waited for");
    HearthApiException refused = assertInstanceOf(HearthApiException.class, stopped.get());
    assertEquals("No such group.", refused.getMessage(), "Hearth's own 404 stops following");
  }

  @Test
  void closingWakesAWaitingStream() throws Exception {
    script =
        (n, e, after) -> {
          open(e).flush();
          sleep(30_000);
        };
    Following following = follow(Following.IDLE);
    while (connections.get() == 0) {
      Thread.sleep(10);
    }
    long start = System.nanoTime();
    following.close();
    assertTrue(!following.isRunning());
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos());
  }

  private void events(HttpExchange e) throws IOException {
    long after = Long.parseLong(e.getRequestHeaders().getFirst("Last-Event-ID"));
    afters.add(after);
    script.serve(connections.getAndIncrement(), e, after);
    e.close();
  }

  private void page(HttpExchange e) throws IOException {
    pageRequests.incrementAndGet();
    String query = e.getRequestURI().getQuery();
    long after = Long.parseLong(query.replaceAll(".*after=(\\d+).*", "$1"));
    int limit = Integer.parseInt(query.replaceAll(".*limit=(\\d+).*", "$1"));
    StringBuilder list = new StringBuilder();
    for (long seq = after + 1; seq <= after + limit; seq++) {
      list.append(list.length() == 0 ? "" : ",").append(json(seq));
    }
    send(e, 200, "application/json", "{\"messages\":[" + list + "],\"latestSeq\":9}");
  }

  private void awaitDelivered(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (delivered.size() < count) {
      assertTrue(System.nanoTime() < deadline, "delivered only " + delivered);
      Thread.sleep(10);
    }
  }

  private static OutputStream open(HttpExchange e) throws IOException {
    e.getResponseHeaders().add("Content-Type", "text/event-stream");
    e.sendResponseHeaders(200, 0);
    return e.getResponseBody();
  }

  private static byte[] event(long seq) {
    return ("id: " + seq + "\nevent: message\ndata: " + json(seq) + "\n\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String json(long seq) {
    return "{\"seq\":"
        + seq
        + ",\"kind\":\"application\",\"epoch\":1,\"sentAt\":1,\"data\":\"AAAA\",\"deleted\":false}";
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange e, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    e.getResponseHeaders().add("Content-Type", type);
    e.sendResponseHeaders(status, bytes.length);
    e.getResponseBody().write(bytes);
    e.close();
  }
}
