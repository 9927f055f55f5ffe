package org.hearth.client.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hearth.client.GroupId;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.protocol.delivery.Accepted;
import org.hearth.protocol.delivery.CommitRequest;
import org.hearth.protocol.delivery.GroupState;
import org.hearth.protocol.delivery.Invite;
import org.hearth.protocol.delivery.InviteRequest;
import org.hearth.protocol.delivery.JoinRequest;
import org.hearth.protocol.delivery.MediaTypes;
import org.hearth.protocol.delivery.MessagePage;
import org.hearth.protocol.delivery.PendingJoin;
import org.hearth.protocol.delivery.StartGroupRequest;
import org.hearth.protocol.delivery.WelcomeMessage;
import org.hearth.protocol.moderation.ReportView;

/**
 * The delivery API of one group (docs/delivery-api.md), called with one member's key for that
 * group: one method per endpoint, taking and giving the records of {@code
 * org.hearth.protocol.delivery}. Refusals are {@link HearthApiException}s; a {@code stale-epoch}
 * one carries {@link HearthApiException#currentEpoch()}.
 *
 * <p>Thread-safe (sessions are shared through the {@link HearthClient}).
 */
public final class GroupDelivery {
  /** The most messages one page may hold. */
  public static final int MAX_PAGE = 500;

  private final HearthClient client;
  private final GroupId group;
  private final Ed25519KeyPair key;
  private final String base;

  GroupDelivery(HearthClient client, GroupId group, Ed25519KeyPair key) {
    this.client = Objects.requireNonNull(client, "client");
    this.group = Objects.requireNonNull(group, "group");
    this.key = Objects.requireNonNull(key, "key");
    this.base = "/api/v1/groups/" + group + "/";
  }

  public GroupId group() {
    return group;
  }

  public KeyThumbprint member() {
    return key.publicKey().thumbprint();
  }

  /** {@code POST …/mls}: starts the group's MLS state with its epoch-0 GroupInfo. */
  public GroupState start(StartGroupRequest request) {
    return DeliveryJson.groupState(post("mls", DeliveryJson.startGroup(request)));
  }

  /** {@code GET …/mls}: the current epoch and its GroupInfo. */
  public GroupState state() {
    return DeliveryJson.groupState(get("mls"));
  }

  /** {@code POST …/commits}. */
  public Accepted commit(CommitRequest request) {
    return DeliveryJson.accepted(post("commits", DeliveryJson.commit(request)));
  }

  /** {@code POST …/proposals}: a PublicMessage proposal, sent raw. */
  public Accepted propose(byte[] proposal) {
    return DeliveryJson.accepted(mls("proposals", proposal));
  }

  /** {@code POST …/messages}: a PrivateMessage, sent raw; answers once it is durably stored. */
  public Accepted send(byte[] privateMessage) {
    return DeliveryJson.accepted(mls("messages", privateMessage));
  }

  /**
   * {@code GET …/messages?after=&limit=}: messages after {@code after}, oldest first. Sequence
   * numbers rise; they skip only messages that expired (the group's retention).
   */
  public MessagePage messages(long after, int limit) {
    if (after < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("after >= 0 and 1 <= limit <= " + MAX_PAGE);
    }
    MessagePage page = DeliveryJson.messagePage(get("messages?after=" + after + "&limit=" + limit));
    long previous = after;
    for (var m : page.messages()) {
      if (m.seq() <= previous) {
        throw new HearthConnectionException(
            "The instance sent messages out of order (" + m.seq() + " after " + previous + ").",
            null);
      }
      previous = m.seq();
    }
    return page;
  }

  /**
   * {@code GET …/events}: follows the group live from {@code after}, on a thread of its own,
   * reconnecting with backoff. The listener sees every sequence number once and in order.
   */
  public Following follow(long after, Following.Listener listener) {
    return Following.start(this, after, listener);
  }

  /** {@code DELETE …/messages/{seq}}: drops the ciphertext of one's own message. */
  public void deleteMessage(long seq) {
    client.call(key, "DELETE", base + "messages/" + seq, null);
  }

  /** {@code POST …/join-requests}. */
  public PendingJoin requestJoin(JoinRequest request) {
    return DeliveryJson.pendingJoin(post("join-requests", DeliveryJson.joinRequest(request)));
  }

  /** {@code GET …/join-requests}: the waiting requests with their KeyPackages (facilitators). */
  public List<PendingJoin> joinRequests() {
    JsonValue answer = get("join-requests");
    if (!(answer instanceof JsonArray array)) {
      throw new HearthConnectionException("The instance sent no list of join requests.", null);
    }
    List<PendingJoin> requests = new ArrayList<>(array.size());
    array.forEach(v -> requests.add(DeliveryJson.pendingJoin(v)));
    return List.copyOf(requests);
  }

  /** {@code GET …/join-requests/mine}: this key's waiting request, if any. */
  public Optional<PendingJoin> myJoinRequest() {
    return absentOn404(() -> DeliveryJson.pendingJoin(get("join-requests/mine")));
  }

  /** {@code DELETE …/join-requests/{id}}: a facilitator declines, or the requester withdraws. */
  public void declineJoinRequest(String requestId) {
    client.call(key, "DELETE", base + "join-requests/" + pathSegment(requestId), null);
  }

  /** {@code POST …/invites}. */
  public Invite invite(InviteRequest request) {
    return DeliveryJson.invite(post("invites", DeliveryJson.inviteRequest(request)));
  }

  /** {@code GET …/welcome}: the Welcome waiting for this key, if any. */
  public Optional<WelcomeMessage> welcome() {
    return absentOn404(() -> DeliveryJson.welcome(get("welcome")));
  }

  /** {@code DELETE …/welcome}, once processed. */
  public void deleteWelcome() {
    client.call(key, "DELETE", base + "welcome", null);
  }

  /** {@code DELETE …/membership}: the server forgets this key in the group. */
  public void forgetMembership() {
    client.call(key, "DELETE", base + "membership", null);
  }

  /** {@code PUT …/facilitators/{thumbprint}}. */
  public void grantFacilitator(KeyThumbprint member) {
    client.call(key, "PUT", base + "facilitators/" + member.value(), null);
  }

  /** {@code DELETE …/facilitators/{thumbprint}}. */
  public void revokeFacilitator(KeyThumbprint member) {
    client.call(key, "DELETE", base + "facilitators/" + member.value(), null);
  }

  HearthClient client() {
    return client;
  }

  Ed25519KeyPair key() {
    return key;
  }

  String eventsPath(long after) {
    return base + "events?after=" + after;
  }

  private JsonValue get(String path) {
    return client.call(key, "GET", base + path, null);
  }

  private JsonValue post(String path, jakarta.json.JsonObject body) {
    return client.call(
        key,
        "POST",
        base + path,
        new ApiTransport.RawBody(
            "application/json", body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private JsonValue mls(String path, byte[] message) {
    return client.call(key, "POST", base + path, new ApiTransport.RawBody(MediaTypes.MLS, message));
  }

  private static <T> Optional<T> absentOn404(java.util.function.Supplier<T> call) {
    try {
      return Optional.of(call.get());
    } catch (HearthApiException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Reports message {@code seq} with its signed content as evidence (docs/reports.md); returns the
   * filed report as the server shows it to facilitators.
   */
  public jakarta.json.JsonObject report(
      long seq, byte[] evidence, String reason, String note, byte[] replyKey) {
    jakarta.json.JsonObjectBuilder body =
        jakarta.json.Json.createObjectBuilder()
            .add("seq", seq)
            .add(
                "evidence",
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(evidence))
            .add("reason", reason);
    if (note != null && !note.isBlank()) {
      body.add("note", note);
    }
    if (replyKey != null) {
      body.add(
          "replyKey", java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(replyKey));
    }
    return post("reports", body.build()).asJsonObject();
  }

  /** {@code GET …/reports}: the group's open and escalated reports (facilitators). */
  public List<ReportView> reports() {
    JsonValue answer = get("reports");
    if (!(answer instanceof JsonArray array)) {
      throw new HearthConnectionException("The instance sent no list of reports.", null);
    }
    List<ReportView> reports = new ArrayList<>(array.size());
    array.forEach(v -> reports.add(DeliveryJson.reportView(v)));
    return List.copyOf(reports);
  }

  /** Ids come from the server: keep them to one safe path segment. */
  private static String pathSegment(String id) {
    if (!id.matches("[A-Za-z0-9_-]{1,100}")) {
      throw new IllegalArgumentException("not a join request id: " + id);
    }
    return id;
  }
}
