package org.hearth.client.member;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.hearth.client.Base64Url;
import org.hearth.client.GroupId;
import org.hearth.client.api.GroupDelivery;
import org.hearth.client.api.HearthApiException;
import org.hearth.client.api.HearthClient;
import org.hearth.client.member.MemberState.Phase;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.mls.GroupInfoIn;
import org.hearth.crypto.mls.KeyPackageBundle;
import org.hearth.crypto.mls.MlsException;
import org.hearth.crypto.mls.MlsMember;
import org.hearth.crypto.mls.PendingCommit;
import org.hearth.protocol.delivery.GroupState;
import org.hearth.protocol.delivery.JoinRequest;
import org.hearth.protocol.delivery.PendingJoin;
import org.hearth.protocol.delivery.StartGroupRequest;
import org.hearth.protocol.delivery.WelcomeMessage;

/**
 * A person's memberships on one instance: becoming a member of a group (starting it as its
 * facilitator, asking to join and finishing with the Welcome, or joining an open group by external
 * commit) and opening a membership held in the {@link MemberStore}. Each group has its own fresh
 * key; the MLS group id is the UTF-8 of the Hearth group id.
 *
 * <p>Thread-safe.
 */
public final class Memberships {
  /** How long a join request's KeyPackage stays valid. */
  static final Duration KEY_PACKAGE_VALIDITY = Duration.ofDays(28);

  private final HearthClient client;
  private final MemberStore store;
  private final Consumer<GroupEvent> sink;
  private final ExternalJoins externalJoins = new ExternalJoins(this);

  /**
   * @param sink receives the events of every message processed, after its state was saved
   */
  public Memberships(HearthClient client, MemberStore store, Consumer<GroupEvent> sink) {
    this.client = Objects.requireNonNull(client, "client");
    this.store = Objects.requireNonNull(store, "store");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /** How far a join request has come. */
  public enum JoinStatus {
    /** A facilitator added this member: it is in the group. */
    JOINED,
    /** The request waits for a facilitator. */
    WAITING,
    /** There is neither a Welcome nor a request: declined, withdrawn or expired. */
    DECLINED
  }

  /**
   * The outcome of {@link #finishJoin}.
   *
   * @param member the membership when {@link JoinStatus#JOINED}
   * @param request the waiting request when {@link JoinStatus#WAITING}
   */
  public record JoinProgress(JoinStatus status, GroupMember member, PendingJoin request) {}

  /** The MLS group id of a Hearth group (docs/delivery-api.md). */
  public static org.hearth.crypto.mls.GroupId mlsGroupId(GroupId group) {
    return org.hearth.crypto.mls.GroupId.of(group.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The delivery API of {@code group} with this store's key for it (made if need be). */
  public GroupDelivery delivery(GroupId group) {
    return client.delivery(group, store.key(group));
  }

  MemberStore store() {
    return store;
  }

  /** Whether this store has any state for {@code group}. */
  public boolean knows(GroupId group) {
    return store.hasKey(group) && store.blobs(group).containsKey(MemberStore.STATE);
  }

  /**
   * Opens the membership in {@code group} as saved, first settling a start or external join whose
   * outcome was not known when the last run ended.
   *
   * @throws MemberException {@code NOT_A_MEMBER} when this store holds none
   */
  public GroupMember open(GroupId group) {
    Map<String, byte[]> blobs = store.blobs(group);
    byte[] saved = blobs.get(MemberStore.STATE);
    if (!store.hasKey(group) || saved == null) {
      throw new MemberException(
          MemberException.Reason.NOT_A_MEMBER,
          "This keyring has not joined group " + group + " on " + store.instance() + ".");
    }
    MemberState state = MemberState.decode(saved);
    GroupDelivery delivery = delivery(group);
    if (state.phase() == Phase.JOINING) {
      return externalJoins.settle(delivery, state, blobs);
    }
    if (state.phase() == Phase.STARTING) {
      return start(group, state.displayName());
    }
    MlsMember mls = blobs.containsKey(MemberStore.MLS) ? restore(blobs.get(MemberStore.MLS)) : null;
    PendingCommit pending =
        blobs.containsKey(MemberStore.PENDING_COMMIT)
            ? PendingCommit.restore(blobs.get(MemberStore.PENDING_COMMIT))
            : null;
    return new GroupMember(delivery, store, sink, state, mls, pending);
  }

  /**
   * Starts the group's MLS state with this store's key for it as the only member; the key must be a
   * facilitator of the group. Starting again after an unknown outcome is safe.
   */
  public GroupMember start(GroupId group, String displayName) {
    Ed25519KeyPair key = store.key(group);
    Map<String, byte[]> blobs = store.blobs(group);
    if (blobs.containsKey(MemberStore.STATE)
        && MemberState.decode(blobs.get(MemberStore.STATE)).phase() != Phase.STARTING) {
      throw new MemberException(
          MemberException.Reason.ALREADY_MEMBER, "This keyring is in group " + group + " already.");
    }
    MlsMember mls =
        blobs.containsKey(MemberStore.MLS)
            ? restore(blobs.get(MemberStore.MLS))
            : MlsMember.create(mlsGroupId(group), key);
    MemberState state = MemberState.fresh(Phase.STARTING, displayName);
    write(group, state, Map.of(MemberStore.MLS, mls.save()));
    byte[] groupInfo = mls.groupInfo();
    GroupDelivery delivery = client.delivery(group, key);
    try {
      delivery.start(new StartGroupRequest(Base64Url.encode(groupInfo)));
    } catch (HearthApiException e) {
      if (!(e.is(Problems.CONFLICT) && startedWith(delivery, key))) {
        drop(group);
        throw e;
      }
    }
    state = state.withPhase(Phase.MEMBER);
    write(group, state, Map.of());
    return new GroupMember(delivery, store, sink, state, mls, null);
  }

  /**
   * Asks to join an approval or invite-only group: a KeyPackage of this store's key for the group,
   * whose private keys are saved before it is uploaded.
   *
   * @param inviteCode the code for an invite-only group, else {@code null}
   */
  public PendingJoin requestJoin(GroupId group, String displayName, String inviteCode) {
    requireNew(group);
    Ed25519KeyPair key = store.key(group);
    KeyPackageBundle bundle = KeyPackageBundle.create(key, KEY_PACKAGE_VALIDITY);
    MemberState state = MemberState.fresh(Phase.REQUESTED, displayName);
    write(group, state, Map.of(MemberStore.KEY_PACKAGE, bundle.save()));
    PendingJoin pending;
    try {
      pending =
          client
              .delivery(group, key)
              .requestJoin(new JoinRequest(Base64Url.encode(bundle.keyPackage()), inviteCode));
    } catch (HearthApiException e) {
      drop(group);
      throw e;
    }
    write(group, state.withRequestId(pending.id()), Map.of());
    return pending;
  }

  /**
   * Finishes a join request: with the Welcome waiting for this key, joins the group and starts
   * reading after the commit that added it.
   */
  public JoinProgress finishJoin(GroupId group) {
    Map<String, byte[]> blobs = store.blobs(group);
    byte[] saved = blobs.get(MemberStore.STATE);
    if (saved == null || MemberState.decode(saved).phase() != Phase.REQUESTED) {
      return new JoinProgress(JoinStatus.JOINED, open(group), null);
    }
    MemberState state = MemberState.decode(saved);
    Ed25519KeyPair key = store.key(group);
    GroupDelivery delivery = client.delivery(group, key);
    Optional<WelcomeMessage> welcome = delivery.welcome();
    if (welcome.isEmpty()) {
      Optional<PendingJoin> mine = delivery.myJoinRequest();
      if (mine.isPresent()) {
        return new JoinProgress(JoinStatus.WAITING, null, mine.get());
      }
      // A new request will use a new key, unlinkable to this one.
      store.forget(group);
      return new JoinProgress(JoinStatus.DECLINED, null, null);
    }
    KeyPackageBundle bundle = KeyPackageBundle.restore(blobs.get(MemberStore.KEY_PACKAGE));
    MlsMember mls;
    try {
      mls = MlsMember.join(Base64Url.decode(welcome.get().welcome()), key, bundle);
    } catch (MlsException | IllegalArgumentException e) {
      throw new MemberException(
          MemberException.Reason.REFUSED, "The Welcome for this key does not check out.", e);
    }
    requireGroup(group, mls);
    MemberState joined = state.withPhase(Phase.MEMBER).withLastSeen(welcome.get().seq());
    write(group, joined, Map.of(MemberStore.MLS, mls.save()), MemberStore.KEY_PACKAGE);
    Problems.ignoreNotFound(delivery::deleteWelcome);
    return new JoinProgress(JoinStatus.JOINED, member(delivery, joined, mls), null);
  }

  /** A member of the group with this state, its MLS state and no pending commit. */
  GroupMember member(GroupDelivery delivery, MemberState state, MlsMember mls) {
    return new GroupMember(delivery, store, sink, state, mls, null);
  }

  /**
   * Joins an open group by external commit from its current GroupInfo (RFC 9420 section 12.4.3.2);
   * after {@code stale-epoch}, again from the newer GroupInfo.
   */
  public GroupMember joinOpen(GroupId group, String displayName) {
    requireNew(group);
    return externalJoins.join(client.delivery(group, store.key(group)), displayName);
  }

  /**
   * Whether the group was started with this key: the MLS snapshot is saved before the start is
   * sent, so that start was this snapshot's, and reading from sequence number 0 catches up.
   */
  private static boolean startedWith(GroupDelivery delivery, Ed25519KeyPair key) {
    GroupState started = delivery.state();
    try {
      return GroupInfoIn.of(Base64Url.decode(started.groupInfo())).validate().members().stream()
          .anyMatch(m -> m.signatureKey().equals(key.publicKey()));
    } catch (MlsException e) {
      return false;
    }
  }

  private void requireNew(GroupId group) {
    if (knows(group)) {
      MemberState state = MemberState.decode(store.blobs(group).get(MemberStore.STATE));
      if (state.phase() != Phase.REMOVED) {
        throw new MemberException(
            MemberException.Reason.ALREADY_MEMBER,
            state.phase() == Phase.REQUESTED
                ? "You asked to join group " + group + " already; a facilitator must accept."
                : "This keyring is in group " + group + " already.");
      }
      // Removed earlier: a new key, so that the new membership cannot be linked to the old one.
      store.forget(group);
    }
  }

  private static void requireGroup(GroupId group, MlsMember mls) {
    if (!mls.groupId().equals(mlsGroupId(group))) {
      throw new MemberException(
          MemberException.Reason.REFUSED, "The Welcome is for another group than " + group + ".");
    }
  }

  static MlsMember restore(byte[] snapshot) {
    try {
      return MlsMember.restore(snapshot);
    } catch (MlsException e) {
      throw new MemberException(
          MemberException.Reason.OUT_OF_SYNC,
          "The saved MLS state cannot be read (" + e.getMessage() + ").",
          e);
    }
  }

  /** Writes the state and {@code blobs}, dropping the blobs named in {@code drop}. */
  void write(GroupId group, MemberState state, Map<String, byte[]> blobs, String... drop) {
    Map<String, byte[]> changes = new HashMap<>(blobs);
    changes.put(MemberStore.STATE, state.encode());
    for (String name : drop) {
      changes.put(name, null);
    }
    store.write(group, changes);
  }

  /** Drops every blob of the group, keeping its key for a next attempt. */
  void drop(GroupId group) {
    Map<String, byte[]> changes = new HashMap<>();
    store.blobs(group).keySet().forEach(name -> changes.put(name, null));
    store.write(group, changes);
  }
}
