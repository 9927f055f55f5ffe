package org.hearth.client.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.KeyThumbprint;

/**
 * Typed calls to one Hearth instance. Calls that need a session take the key to act with: the
 * client signs it in by challenge and response (the challenge text's US-ASCII bytes signed with
 * Ed25519) and keeps the session in memory, per key, until shortly before it expires. Tokens are
 * never written anywhere.
 *
 * <p>Thread-safe.
 */
public final class HearthClient {
  /** A cached session is renewed when it has less than this many seconds left. */
  static final long RENEW_MARGIN_SECONDS = 60;

  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  private final ApiTransport transport;
  private final Clock clock;
  private final Map<KeyThumbprint, Session> sessions = new ConcurrentHashMap<>();

  /** A client for {@code instance} with its own HTTP client (no redirects, timeouts). */
  public HearthClient(InstanceUrl instance) {
    this(instance, ApiTransport.defaultHttpClient(), Clock.systemUTC());
  }

  public HearthClient(InstanceUrl instance, HttpClient http, Clock clock) {
    this.transport = new ApiTransport(Objects.requireNonNull(instance, "instance"), http);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public InstanceUrl instance() {
    return transport.instance();
  }

  /** {@code GET /.well-known/hearth}, with the key and thumbprint checked. */
  public InstanceDocument instanceDocument() {
    return WireJson.instanceDocument(transport.send("GET", "/.well-known/hearth", null, null));
  }

  /** Signs {@code key} in afresh ({@code POST /api/v1/auth/sessions}) and caches the session. */
  public Session signIn(Ed25519KeyPair key) {
    JsonObject proof = proof(key).build();
    return remember(
        key, WireJson.session(transport.send("POST", "/api/v1/auth/sessions", proof, null)));
  }

  /**
   * Registers {@code key} as the first admin with the one-time setup code from the server's data
   * directory, and caches the admin session that comes back.
   */
  public Session setUpAdmin(String setupCode, Ed25519KeyPair key) {
    JsonObject body = proof(key).add("setupCode", setupCode.strip()).build();
    return remember(
        key, WireJson.session(transport.send("POST", "/api/v1/admin/setup", body, null)));
  }

  /** The cached session of {@code key}, signing in when there is none or it is about to end. */
  public Session session(Ed25519KeyPair key) {
    Session cached = sessions.get(key.publicKey().thumbprint());
    if (cached != null && cached.isFresh(clock.instant(), RENEW_MARGIN_SECONDS)) {
      return cached;
    }
    return signIn(key);
  }

  /** {@code GET /api/v1/auth/sessions/current}: whose session the server sees, and until when. */
  public Session currentSession(Ed25519KeyPair key) {
    Session session = session(key);
    JsonValue answer =
        transport.send("GET", "/api/v1/auth/sessions/current", null, session.token());
    return read(answer, session.token());
  }

  /** Ends the session of {@code key} on the server, if this client holds one. */
  public void signOut(Ed25519KeyPair key) {
    Session session = sessions.remove(key.publicKey().thumbprint());
    if (session != null) {
      transport.send("DELETE", "/api/v1/auth/sessions/current", null, session.token());
    }
  }

  /** Ends every session this client holds; failures to reach the server are ignored. */
  public void signOutAll() {
    for (Session session : List.copyOf(sessions.values())) {
      sessions.remove(session.subject());
      try {
        transport.send("DELETE", "/api/v1/auth/sessions/current", null, session.token());
      } catch (HearthApiException | HearthConnectionException e) {
        // The token expires on its own within the hour.
      }
    }
  }

  public List<AdminKey> adminKeys(Ed25519KeyPair admin) {
    return WireJson.list(authorized(admin, "GET", "/api/v1/admin/keys", null), WireJson::adminKey);
  }

  public AdminKey addAdminKey(Ed25519KeyPair admin, Ed25519PublicKey newKey) {
    return WireJson.adminKey(
        authorized(admin, "POST", "/api/v1/admin/keys", WireJson.publicKey(newKey)));
  }

  public void revokeAdminKey(Ed25519KeyPair admin, KeyThumbprint target) {
    authorized(admin, "DELETE", "/api/v1/admin/keys/" + target.value(), null);
  }

  /** The directory of listed groups, filtered by topic and language when not {@code null}. */
  public List<GroupDescriptor> groups(String topic, String language) {
    String query = query("topic", topic) + query("language", language);
    String path = "/api/v1/groups" + (query.isEmpty() ? "" : "?" + query.substring(1));
    return WireJson.list(transport.send("GET", path, null, null), WireJson::group);
  }

  public GroupDescriptor group(GroupId id) {
    return WireJson.group(transport.send("GET", "/api/v1/groups/" + id, null, null));
  }

  /** Creates a group as {@code creator} (an admin, or a member where the instance allows it). */
  public GroupDescriptor createGroup(Ed25519KeyPair creator, CreateGroupRequest request) {
    return WireJson.group(
        authorized(creator, "POST", "/api/v1/groups", WireJson.createGroup(request)));
  }

  /** Crisis lines and services for {@code country} (two letters, or {@code null}), then global. */
  public List<HelpEntry> resources(String country) {
    String path =
        "/api/v1/resources" + (country == null ? "" : "?" + query("country", country).substring(1));
    return WireJson.list(transport.send("GET", path, null, null), WireJson::helpEntry);
  }

  /**
   * The delivery API of one group (docs/delivery-api.md), called with {@code key}: the member's key
   * for that group.
   */
  public GroupDelivery delivery(GroupId group, Ed25519KeyPair key) {
    return new GroupDelivery(this, group, key);
  }

  private JsonValue authorized(Ed25519KeyPair key, String method, String path, JsonObject body) {
    return call(
        key,
        method,
        path,
        body == null
            ? null
            : new ApiTransport.RawBody(
                "application/json", body.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** Calls with the session of {@code key}, signing in again once if the server says 401. */
  JsonValue call(Ed25519KeyPair key, String method, String path, ApiTransport.RawBody body) {
    Session session = session(key);
    try {
      return transport.sendRaw(method, path, body, session.token());
    } catch (HearthApiException e) {
      if (e.status() != 401) {
        throw e;
      }
      // The session ended early (signed out elsewhere, server secret rotated): sign in once more.
      sessions.remove(session.subject());
      return transport.sendRaw(method, path, body, signIn(key).token());
    }
  }

  /** Forgets the cached session of {@code key} after the server refused it. */
  void forgetSession(Ed25519KeyPair key) {
    sessions.remove(key.publicKey().thumbprint());
  }

  ApiTransport transport() {
    return transport;
  }

  private jakarta.json.JsonObjectBuilder proof(Ed25519KeyPair key) {
    String challenge =
        WireJson.challenge(transport.send("POST", "/api/v1/auth/challenges", null, null));
    byte[] signature = key.sign(challenge.getBytes(StandardCharsets.US_ASCII));
    return WireJson.proof(challenge, key.publicKey(), B64URL.encodeToString(signature));
  }

  private Session remember(Ed25519KeyPair key, Session session) {
    if (!session.subject().equals(key.publicKey().thumbprint())) {
      throw new HearthConnectionException(
          "The instance issued a session for another key than the one that signed in.", null);
    }
    sessions.put(session.subject(), session);
    return session;
  }

  private static Session read(JsonValue answer, String token) {
    if (!(answer instanceof JsonObject o)) {
      return WireJson.session(answer);
    }
    return WireJson.session(WireJson.JSON.createObjectBuilder(o).add("token", token).build());
  }

  private static String query(String name, String value) {
    if (value == null || value.isBlank()) {
      return "";
    }
    return "&" + name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
  }
}
