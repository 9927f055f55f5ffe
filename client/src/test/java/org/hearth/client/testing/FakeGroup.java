package org.hearth.client.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.client.Base64Url;
import org.hearth.client.GroupId;
import org.hearth.client.api.JoinPolicy;
import org.hearth.crypto.mls.ContentType;
import org.hearth.crypto.mls.KeyPackageIn;
import org.hearth.crypto.mls.Member;
import org.hearth.crypto.mls.MlsException;
import org.hearth.crypto.mls.MlsMessageIn;
import org.hearth.crypto.mls.PublicGroup;
import org.hearth.crypto.mls.VerifiedKeyPackage;
import org.hearth.crypto.mls.WireFormat;
import org.hearth.protocol.delivery.DeliveredMessage;
import org.hearth.protocol.delivery.PendingJoin;
import org.hearth.protocol.delivery.WelcomeMessage;

/**
 * One group of {@link FakeHearth}: the delivery service's rules of docs/delivery-api.md on the
 * crypto module's secret-less {@link PublicGroup} view, held in memory. Not the server: just enough
 * of it, faithfully ordered, for the client's tests.
 *
 * <p>Thread-safe: every method holds this object's monitor, which SSE streams wait on.
 */
public final class FakeGroup {
  /** A refusal, answered as problem+json. */
  static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String slug;
    final Long currentEpoch;

    Problem(int status, String slug, String detail) {
      this(status, slug, detail, null);
    }

    Problem(int status, String slug, String detail, Long currentEpoch) {
      super(detail);
      this.status = status;
      this.slug = slug;
      this.currentEpoch = currentEpoch;
    }
  }

  private record Stored(DeliveredMessage message, String sender) {}

  final GroupId id;
  final JoinPolicy policy;
  final Set<String> facilitators = new HashSet<>();
  private final List<Stored> messages = new ArrayList<>();
  private final Map<String, WelcomeMessage> welcomes = new HashMap<>();
  private final Map<String, PendingJoin> requests = new LinkedHashMap<>();
  private final Set<String> invites = new HashSet<>();
  private PublicGroup view;
  private String groupInfo;
  private int sizeCap = 12;
  private long expiredThrough;

  private final Set<String> admins;

  FakeGroup(GroupId id, JoinPolicy policy, List<String> facilitators, Set<String> admins) {
    this.id = id;
    this.policy = policy;
    this.facilitators.addAll(facilitators);
    this.admins = admins;
  }

  public synchronized long epoch() {
    return view == null ? -1 : view.epoch();
  }

  public synchronized long latestSeq() {
    return messages.size();
  }

  public synchronized List<String> members() {
    return view == null ? List.of() : view.members().stream().map(Member::identity).toList();
  }

  /** The stored MLS bytes of message {@code seq}, or {@code null} once deleted. */
  public synchronized byte[] data(long seq) {
    String data = messages.get((int) seq - 1).message().data();
    return data == null ? null : Base64Url.decode(data);
  }

  /** Makes {@code member} a facilitator, as an admin would. */
  public synchronized void facilitate(org.hearth.crypto.KeyThumbprint member) {
    facilitators.add(member.value());
  }

  public synchronized void sizeCap(int cap) {
    sizeCap = cap;
  }

  synchronized void start(String caller, String info) {
    requireFacilitator(caller);
    if (view != null) {
      throw new Problem(409, "conflict", "The group has started already.");
    }
    PublicGroup first = parseView(info);
    if (first.epoch() != 0
        || first.members().size() != 1
        || !first.members().get(0).identity().equals(caller)) {
      throw new Problem(422, "validation", "Start with your own key alone at epoch 0.");
    }
    view = first;
    groupInfo = info;
  }

  synchronized Map<String, Object> state(String caller) {
    requireStarted();
    if (policy != JoinPolicy.OPEN) {
      requireMember(caller);
    }
    return Map.of(
        "epoch",
        view.epoch(),
        "groupInfo",
        groupInfo,
        "members",
        view.members().size(),
        "latestSeq",
        (long) messages.size());
  }

  synchronized DeliveredMessage commit(String caller, String commit, String info, String welcome) {
    requireStarted();
    MlsMessageIn message = parse(commit, ContentType.COMMIT);
    requireCurrentEpoch(message);
    PublicGroup.Verified<org.hearth.crypto.mls.PendingEpoch> verified;
    PublicGroup next;
    try {
      verified = view.applyCommit(message);
    } catch (MlsException e) {
      throw new Problem(422, "malformed-mls", e.getMessage());
    }
    try {
      next = verified.value().finalise(Base64Url.decode(info));
    } catch (MlsException e) {
      throw new Problem(422, "group-info-mismatch", e.getMessage());
    }
    List<String> before = members();
    List<String> after = next.members().stream().map(Member::identity).toList();
    List<String> added = new ArrayList<>(after);
    added.removeAll(before);
    List<String> removed = new ArrayList<>(before);
    removed.removeAll(after);
    if (verified.sender() == null) {
      if (policy != JoinPolicy.OPEN || !added.equals(List.of(caller))) {
        throw new Problem(403, "forbidden", "External joins are for open groups, by the joiner.");
      }
    } else {
      String sender =
          view.members().stream()
              .filter(m -> m.leaf().equals(verified.sender()))
              .findFirst()
              .orElseThrow()
              .identity();
      if (!sender.equals(caller)) {
        throw new Problem(403, "forbidden", "The commit is not signed by your leaf.");
      }
      if (!added.isEmpty() && !facilitators.contains(caller)) {
        throw new Problem(403, "forbidden", "Only facilitators add members.");
      }
      if (!added.isEmpty() && welcome == null) {
        throw new Problem(422, "validation", "A commit that adds members needs their Welcome.");
      }
    }
    if (after.size() > sizeCap) {
      throw new Problem(409, "group-full", "The group is full.");
    }
    DeliveredMessage stored = store("commit", commit, view.epoch(), caller);
    view = next;
    groupInfo = info;
    for (String joiner : added) {
      if (verified.sender() != null) {
        welcomes.put(joiner, new WelcomeMessage(welcome, stored.seq(), next.epoch()));
      }
      requests.values().removeIf(r -> r.thumbprint().equals(joiner));
    }
    return stored;
  }

  synchronized DeliveredMessage propose(String caller, byte[] proposal) {
    requireStarted();
    MlsMessageIn message = parse(Base64Url.encode(proposal), ContentType.PROPOSAL);
    requireCurrentEpoch(message);
    requireMember(caller);
    try {
      view = view.acceptProposal(message).value();
    } catch (MlsException e) {
      throw new Problem(422, "malformed-mls", e.getMessage());
    }
    return store("proposal", Base64Url.encode(proposal), view.epoch(), caller);
  }

  synchronized DeliveredMessage send(String caller, byte[] data) {
    requireStarted();
    if (data.length > 65536) {
      throw new Problem(413, "body-too-large", "The message is too large.");
    }
    MlsMessageIn message;
    try {
      message = MlsMessageIn.parse(data);
    } catch (MlsException e) {
      throw new Problem(422, "malformed-mls", e.getMessage());
    }
    if (message.info().wireFormat() != WireFormat.PRIVATE_MESSAGE) {
      throw new Problem(422, "malformed-mls", "Application messages are PrivateMessages.");
    }
    requireMember(caller);
    requireCurrentEpoch(message);
    return store("application", Base64Url.encode(data), view.epoch(), caller);
  }

  synchronized List<DeliveredMessage> messages(String caller, long after, int limit) {
    requireStarted();
    requireMember(caller);
    return since(after, limit);
  }

  /** Messages after {@code after} (no membership check: the SSE stream checked at its start). */
  synchronized List<DeliveredMessage> since(long after, int limit) {
    List<DeliveredMessage> page = new ArrayList<>();
    for (long seq = Math.max(after, expiredThrough) + 1;
        seq <= messages.size() && page.size() < limit;
        seq++) {
      page.add(messages.get((int) seq - 1).message());
    }
    return page;
  }

  /** Messages up to {@code seq} expire: they are deleted with their sequence numbers. */
  public synchronized void expireThrough(long seq) {
    expiredThrough = seq;
  }

  synchronized void requireReader(String caller) {
    requireStarted();
    requireMember(caller);
  }

  synchronized void delete(String caller, long seq) {
    if (seq < 1 || seq > messages.size()) {
      throw new Problem(404, "not-found", "No such message.");
    }
    Stored s = messages.get((int) seq - 1);
    if (!s.message().kind().equals("application") || !caller.equals(s.sender())) {
      throw new Problem(403, "forbidden", "Only its sender deletes a message.");
    }
    DeliveredMessage m = s.message();
    messages.set(
        (int) seq - 1,
        new Stored(
            new DeliveredMessage(m.seq(), m.kind(), m.epoch(), m.sentAt(), null, true),
            s.sender()));
  }

  synchronized PendingJoin requestJoin(String caller, String keyPackage, String inviteCode) {
    if (policy == JoinPolicy.OPEN) {
      throw new Problem(409, "conflict", "Open groups are joined by external commit.");
    }
    if (policy == JoinPolicy.INVITE_ONLY && (inviteCode == null || !invites.remove(inviteCode))) {
      throw new Problem(403, "forbidden", "This group needs a valid invite code.");
    }
    VerifiedKeyPackage verified;
    try {
      verified = KeyPackageIn.of(Base64Url.decode(keyPackage)).validate(Instant.now());
    } catch (MlsException e) {
      throw new Problem(422, "validation", "The KeyPackage does not check out.");
    }
    if (!verified.member().value().equals(caller)) {
      throw new Problem(422, "validation", "The KeyPackage is not made with your key.");
    }
    long now = Instant.now().getEpochSecond();
    PendingJoin request =
        new PendingJoin(UUID.randomUUID().toString(), caller, keyPackage, now, now + 7 * 86400);
    requests.put(request.id(), request);
    return request;
  }

  synchronized List<PendingJoin> requests(String caller) {
    requireFacilitator(caller);
    return List.copyOf(requests.values());
  }

  synchronized PendingJoin myRequest(String caller) {
    return requests.values().stream()
        .filter(r -> r.thumbprint().equals(caller))
        .map(r -> new PendingJoin(r.id(), r.thumbprint(), null, r.createdAt(), r.expiresAt()))
        .findFirst()
        .orElseThrow(() -> new Problem(404, "not-found", "You have no waiting request."));
  }

  synchronized void decline(String caller, String requestId) {
    PendingJoin r = requests.get(requestId);
    if (r == null) {
      throw new Problem(404, "not-found", "No such request.");
    }
    if (!r.thumbprint().equals(caller)) {
      requireFacilitator(caller);
    }
    requests.remove(requestId);
  }

  synchronized String invite(String caller) {
    requireFacilitator(caller);
    String code = UUID.randomUUID().toString().substring(0, 8);
    invites.add(code);
    return code;
  }

  synchronized WelcomeMessage welcome(String caller) {
    WelcomeMessage w = welcomes.get(caller);
    if (w == null) {
      throw new Problem(404, "not-found", "No Welcome waits for you.");
    }
    return w;
  }

  synchronized void deleteWelcome(String caller) {
    welcomes.remove(caller);
  }

  synchronized void forget(String caller) {
    welcomes.remove(caller);
    requests.values().removeIf(r -> r.thumbprint().equals(caller));
  }

  synchronized void facilitator(String caller, String member, boolean grant) {
    if (!admins.contains(caller)) {
      requireFacilitator(caller);
    }
    if (grant) {
      facilitators.add(member);
    } else if (facilitators.size() > 1) {
      facilitators.remove(member);
    } else {
      throw new Problem(409, "conflict", "The last facilitator stays.");
    }
  }

  private DeliveredMessage store(String kind, String data, long epoch, String sender) {
    DeliveredMessage m =
        new DeliveredMessage(
            messages.size() + 1, kind, epoch, Instant.now().getEpochSecond(), data, false);
    messages.add(new Stored(m, sender));
    notifyAll();
    return m;
  }

  private void requireCurrentEpoch(MlsMessageIn message) {
    long epoch = message.info().epoch().orElse(-1);
    if (epoch != view.epoch()) {
      throw new Problem(
          409, "stale-epoch", "The group is at epoch " + view.epoch() + ".", view.epoch());
    }
  }

  private void requireStarted() {
    if (view == null) {
      throw new Problem(404, "not-started", "The facilitator has not started the group yet.");
    }
  }

  private void requireMember(String caller) {
    if (!members().contains(caller)) {
      throw new Problem(403, "forbidden", "Only members of the group may do that.");
    }
  }

  private void requireFacilitator(String caller) {
    if (!facilitators.contains(caller)) {
      throw new Problem(403, "forbidden", "Only the group's facilitators may do that.");
    }
  }

  private static MlsMessageIn parse(String base64, ContentType type) {
    try {
      MlsMessageIn message = MlsMessageIn.parse(Base64Url.decode(base64));
      if (message.info().wireFormat() != WireFormat.PUBLIC_MESSAGE
          || message.info().contentType() != type) {
        throw new Problem(422, "malformed-mls", "Expected a PublicMessage " + type + ".");
      }
      return message;
    } catch (MlsException | IllegalArgumentException e) {
      throw new Problem(422, "malformed-mls", e.getMessage());
    }
  }

  private static PublicGroup parseView(String info) {
    try {
      return PublicGroup.fromFirstGroupInfo(Base64Url.decode(info));
    } catch (MlsException | IllegalArgumentException e) {
      throw new Problem(422, "malformed-mls", e.getMessage());
    }
  }
}
