package org.hearth.client.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.client.Base64Url;
import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import org.hearth.client.api.JoinPolicy;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.SignInChallenge;
import org.hearth.protocol.delivery.DeliveredMessage;
import org.hearth.protocol.delivery.PendingJoin;
import org.hearth.protocol.delivery.WelcomeMessage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A stand-in Hearth for the client's tests, as a JUnit 5 extension: sign-in, group descriptors and
 * the delivery API of docs/delivery-api.md over real HTTP on loopback, with the MLS rules checked
 * by {@link FakeGroup}. Its event streams can be told to misbehave (drop, repeat, skip) so that the
 * client's resumption is tested.
 *
 * <pre>
 * &#64;RegisterExtension final FakeHearth hearth = new FakeHearth();
 * </pre>
 *
 * <p>Thread-safe.
 */
public final class FakeHearth implements BeforeEachCallback, AfterEachCallback {
  private final Map<String, String> tokens = new ConcurrentHashMap<>();
  private final Map<GroupId, FakeGroup> groups = new ConcurrentHashMap<>();
  private final Set<String> admins = ConcurrentHashMap.newKeySet();
  private final Set<HttpExchange> streams = ConcurrentHashMap.newKeySet();
  private HttpServer server;
  private ExecutorService executor;
  private String audience;
  private volatile boolean stopping;

  /** Each event stream closes after this many events (0: never). */
  public volatile int dropStreamsAfter;

  /** Each event is sent twice. */
  public volatile boolean repeatEvents;

  /** These sequence numbers are left out of event streams (once each). */
  public final Set<Long> skipInStreams = ConcurrentHashMap.newKeySet();

  /** How many event streams were opened. */
  public final AtomicInteger streamsOpened = new AtomicInteger();

  /** The next commit is stored, but its answer is lost (502 from a gateway). */
  public volatile boolean loseNextCommitAnswer;

  /** Members may create groups (as {@code hearth.groups.member.create=true}). */
  public volatile boolean membersCreateGroups = true;

  /** Starts listening at once, so that fields of the test can use {@link #url()}. */
  public FakeHearth() {
    try {
      start();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    // Already listening since construction.
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stop();
  }

  private void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    executor = Executors.newCachedThreadPool();
    server.setExecutor(executor);
    audience = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/", this::handle);
    server.start();
  }

  public void stop() {
    stopping = true;
    groups.values().forEach(g -> wake(g));
    streams.forEach(HttpExchange::close);
    server.stop(0);
    executor.shutdownNow();
  }

  /** Closes every open event stream, as a dropped connection would. */
  public void dropStreams() {
    streams.forEach(HttpExchange::close);
  }

  public InstanceUrl url() {
    return InstanceUrl.parse(audience);
  }

  /** A group with the given policy and facilitators (thumbprints). */
  public GroupId createGroup(JoinPolicy policy, KeyThumbprint... facilitators) {
    GroupId id = new GroupId(UUID.randomUUID());
    groups.put(
        id,
        new FakeGroup(
            id, policy, List.of(facilitators).stream().map(k -> k.value()).toList(), admins));
    return id;
  }

  /** Makes {@code key} an admin of this instance. */
  public void admin(KeyThumbprint key) {
    admins.add(key.value());
  }

  public FakeGroup group(GroupId id) {
    return groups.get(id);
  }

  private void handle(HttpExchange e) throws IOException {
    try {
      route(e);
    } catch (FakeGroup.Problem p) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("type", "urn:hearth:problem:" + p.slug)
              .add("title", p.slug)
              .add("status", p.status)
              .add("detail", p.getMessage());
      if (p.currentEpoch != null) {
        o.add("currentEpoch", p.currentEpoch);
      }
      send(e, p.status, "application/problem+json", o.build().toString());
    } catch (RuntimeException ex) {
      send(e, 500, "text/plain", String.valueOf(ex));
    }
  }

  private void route(HttpExchange e) throws IOException {
    String method = e.getRequestMethod();
    URI uri = e.getRequestURI();
    String[] p = uri.getPath().substring(1).split("/");
    String path = uri.getPath();
    if (path.equals("/api/v1/auth/challenges")) {
      String c = SignInChallenge.issue(audience, Clock.systemUTC(), Duration.ofMinutes(1)).encode();
      json(e, 201, Json.createObjectBuilder().add("challenge", c).add("expiresAt", 1).build());
    } else if (path.equals("/api/v1/auth/sessions")) {
      signIn(e);
    } else if (path.equals("/api/v1/auth/sessions/current")) {
      String caller = caller(e);
      if (method.equals("DELETE")) {
        tokens.values().remove(caller);
        send(e, 204, null, "");
      } else {
        json(e, 200, session("", caller));
      }
    } else if (path.equals("/api/v1/groups") && method.equals("POST")) {
      String caller = caller(e);
      if (!membersCreateGroups) {
        throw new FakeGroup.Problem(
            403, "forbidden", "On this instance only admins create groups.");
      }
      JsonObject body = body(e);
      GroupId id =
          createGroup(JoinPolicy.valueOf(body.getString("joinPolicy")), new KeyThumbprint(caller));
      json(e, 201, descriptor(groups.get(id)));
    } else if (p.length == 4 && p[2].equals("groups")) {
      json(e, 200, descriptor(group(p[3])));
    } else if (p.length >= 5 && p[2].equals("groups")) {
      delivery(e, group(p[3]), p);
    } else {
      throw new FakeGroup.Problem(404, "not-found", "No such resource.");
    }
  }

  private void delivery(HttpExchange e, FakeGroup g, String[] p) throws IOException {
    String caller = caller(e);
    String method = e.getRequestMethod();
    String what = p[4] + (p.length > 5 ? "/" + p[5] : "") + ":" + method;
    switch (what) {
      case "mls:POST" -> {
        g.start(caller, body(e).getString("groupInfo"));
        json(e, 201, object(g.state(caller)));
      }
      case "mls:GET" -> json(e, 200, object(g.state(caller)));
      case "commits:POST" -> {
        JsonObject b = body(e);
        DeliveredMessage m =
            g.commit(
                caller,
                b.getString("commit"),
                b.getString("groupInfo"),
                b.containsKey("welcome") ? b.getString("welcome") : null);
        if (loseNextCommitAnswer) {
          loseNextCommitAnswer = false;
          send(e, 502, "text/html", "<h1>Bad gateway</h1>");
          return;
        }
        json(e, 201, accepted(m));
      }
      case "proposals:POST" -> json(e, 201, accepted(g.propose(caller, raw(e))));
      case "messages:POST" -> json(e, 201, accepted(g.send(caller, raw(e))));
      case "messages:GET" -> {
        Map<String, String> q = query(e);
        long after = Long.parseLong(q.getOrDefault("after", "0"));
        int limit = Integer.parseInt(q.getOrDefault("limit", "100"));
        JsonArrayBuilder page = Json.createArrayBuilder();
        g.messages(caller, after, limit).forEach(m -> page.add(message(m)));
        json(
            e,
            200,
            Json.createObjectBuilder()
                .add("messages", page)
                .add("latestSeq", g.latestSeq())
                .build());
      }
      case "events:GET" -> events(e, g, caller);
      case "join-requests:POST" -> {
        JsonObject b = body(e);
        PendingJoin r =
            g.requestJoin(
                caller,
                b.getString("keyPackage"),
                b.containsKey("inviteCode") ? b.getString("inviteCode") : null);
        json(
            e,
            201,
            pendingJoin(
                new PendingJoin(r.id(), r.thumbprint(), null, r.createdAt(), r.expiresAt())));
      }
      case "join-requests:GET" -> {
        JsonArrayBuilder list = Json.createArrayBuilder();
        g.requests(caller).forEach(r -> list.add(pendingJoin(r)));
        json(e, 200, list.build());
      }
      case "join-requests/mine:GET" -> json(e, 200, pendingJoin(g.myRequest(caller)));
      case "invites:POST" ->
          json(
              e,
              201,
              Json.createObjectBuilder()
                  .add("code", g.invite(caller))
                  .add("expiresAt", 4_000_000_000L)
                  .build());
      case "welcome:GET" -> {
        WelcomeMessage w = g.welcome(caller);
        json(
            e,
            200,
            Json.createObjectBuilder()
                .add("welcome", w.welcome())
                .add("seq", w.seq())
                .add("epoch", w.epoch())
                .build());
      }
      case "welcome:DELETE" -> {
        g.deleteWelcome(caller);
        send(e, 204, null, "");
      }
      case "membership:DELETE" -> {
        g.forget(caller);
        send(e, 204, null, "");
      }
      default -> {
        if (p[4].equals("messages") && p.length == 6 && method.equals("DELETE")) {
          g.delete(caller, Long.parseLong(p[5]));
        } else if (p[4].equals("join-requests") && p.length == 6 && method.equals("DELETE")) {
          g.decline(caller, p[5]);
        } else if (p[4].equals("facilitators") && p.length == 6) {
          g.facilitator(caller, p[5], method.equals("PUT"));
        } else {
          throw new FakeGroup.Problem(404, "not-found", "No such resource.");
        }
        send(e, 204, null, "");
      }
    }
  }

  private void events(HttpExchange e, FakeGroup g, String caller) throws IOException {
    g.requireReader(caller);
    String lastId = e.getRequestHeaders().getFirst("Last-Event-ID");
    long after =
        lastId != null
            ? Long.parseLong(lastId.strip())
            : Long.parseLong(query(e).getOrDefault("after", "0"));
    streamsOpened.incrementAndGet();
    e.getResponseHeaders().add("Content-Type", "text/event-stream");
    e.sendResponseHeaders(200, 0);
    streams.add(e);
    int sent = 0;
    try (OutputStream out = e.getResponseBody()) {
      out.write(": hello\n\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      long next = after + 1;
      while (!stopping) {
        List<DeliveredMessage> batch;
        synchronized (g) {
          batch = g.since(next - 1, 50);
          if (batch.isEmpty()) {
            try {
              g.wait(500);
            } catch (InterruptedException ex) {
              return;
            }
            continue;
          }
        }
        for (DeliveredMessage m : batch) {
          next = m.seq() + 1;
          if (skipInStreams.remove(m.seq())) {
            continue;
          }
          byte[] event =
              ("id: " + m.seq() + "\nevent: message\ndata: " + message(m) + "\n\n")
                  .getBytes(StandardCharsets.UTF_8);
          out.write(event);
          if (repeatEvents) {
            out.write(event);
          }
          out.flush();
          sent++;
          if (dropStreamsAfter > 0 && sent >= dropStreamsAfter) {
            return;
          }
        }
      }
    } catch (IOException closed) {
      // The client went away or the stream was dropped on purpose.
    } finally {
      streams.remove(e);
      e.close();
    }
  }

  private void signIn(HttpExchange e) throws IOException {
    JsonObject body = body(e);
    Ed25519PublicKey key = Ed25519PublicKey.fromJwk(body.getJsonObject("publicKey").toString());
    try {
      SignInChallenge.verify(
          SignInChallenge.parse(body.getString("challenge")),
          key,
          Base64Url.decode(body.getString("signature")),
          audience,
          Clock.systemUTC());
    } catch (Exception refused) {
      throw new FakeGroup.Problem(401, "unauthorized", "The signature does not verify.");
    }
    String token = UUID.randomUUID().toString();
    tokens.put(token, key.thumbprint().value());
    json(e, 201, session(token, key.thumbprint().value()));
  }

  private String caller(HttpExchange e) {
    String auth = e.getRequestHeaders().getFirst("Authorization");
    String caller = auth == null ? null : tokens.get(auth.substring("Bearer ".length()));
    if (caller == null) {
      throw new FakeGroup.Problem(401, "unauthorized", "Sign in first.");
    }
    return caller;
  }

  private FakeGroup group(String id) {
    FakeGroup g;
    try {
      g = groups.get(GroupId.parse(id));
    } catch (IllegalArgumentException ex) {
      g = null;
    }
    if (g == null) {
      throw new FakeGroup.Problem(404, "not-found", "There is no such group.");
    }
    return g;
  }

  private static void wake(FakeGroup g) {
    synchronized (g) {
      g.notifyAll();
    }
  }

  private static JsonObject session(String token, String subject) {
    return Json.createObjectBuilder()
        .add("token", token)
        .add("subject", subject)
        .add("expiresAt", Clock.systemUTC().instant().getEpochSecond() + 3600)
        .build();
  }

  private static JsonObject descriptor(FakeGroup g) {
    JsonArrayBuilder facilitators = Json.createArrayBuilder();
    synchronized (g) {
      g.facilitators.forEach(facilitators::add);
    }
    return Json.createObjectBuilder()
        .add("id", g.id.toString())
        .add("name", "Test group")
        .add("description", "For tests.")
        .add("topics", Json.createArrayBuilder())
        .add("language", "en")
        .add("sizeCap", 12)
        .add("joinPolicy", g.policy.name())
        .add("guidelines", "Be kind.")
        .add("guidelinesVersion", 1)
        .add("listed", true)
        .add("retentionDays", 30)
        .add("facilitators", facilitators)
        .build();
  }

  private static JsonObject object(Map<String, Object> fields) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    fields.forEach(
        (k, v) -> {
          if (v instanceof Number n) {
            o.add(k, n.longValue());
          } else {
            o.add(k, String.valueOf(v));
          }
        });
    return o.build();
  }

  /** A receipt: a commit's epoch is the one it makes. */
  private static JsonObject accepted(DeliveredMessage m) {
    long epoch = m.kind().equals("commit") ? m.epoch() + 1 : m.epoch();
    return Json.createObjectBuilder().add("seq", m.seq()).add("epoch", epoch).build();
  }

  static JsonObject message(DeliveredMessage m) {
    return Json.createObjectBuilder()
        .add("seq", m.seq())
        .add("kind", m.kind())
        .add("epoch", m.epoch())
        .add("sentAt", m.sentAt())
        .add("data", m.data() == null ? JsonValue.NULL : Json.createValue(m.data()))
        .add("deleted", m.deleted())
        .build();
  }

  private static JsonObject pendingJoin(PendingJoin r) {
    return Json.createObjectBuilder()
        .add("id", r.id())
        .add("thumbprint", r.thumbprint())
        .add(
            "keyPackage",
            r.keyPackage() == null ? JsonValue.NULL : Json.createValue(r.keyPackage()))
        .add("createdAt", r.createdAt())
        .add("expiresAt", r.expiresAt())
        .build();
  }

  private static JsonObject body(HttpExchange e) throws IOException {
    try (var reader =
        Json.createReader(
            new StringReader(
                new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)))) {
      return reader.readObject();
    }
  }

  private static byte[] raw(HttpExchange e) throws IOException {
    String type = e.getRequestHeaders().getFirst("Content-Type");
    if (!"message/mls".equals(type)) {
      throw new FakeGroup.Problem(415, "unsupported-media-type", "Send message/mls.");
    }
    return e.getRequestBody().readAllBytes();
  }

  private static Map<String, String> query(HttpExchange e) {
    Map<String, String> q = new java.util.HashMap<>();
    String raw = e.getRequestURI().getRawQuery();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        q.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return q;
  }

  private static void json(HttpExchange e, int status, JsonValue body) throws IOException {
    send(e, status, "application/json", body.toString());
  }

  private static void send(HttpExchange e, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (type != null) {
      e.getResponseHeaders().add("Content-Type", type);
    }
    e.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
    if (status != 204) {
      e.getResponseBody().write(bytes);
    }
    e.close();
  }
}
