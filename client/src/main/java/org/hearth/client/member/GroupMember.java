package org.hearth.client.member;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hearth.client.Base64Url;
import org.hearth.client.GroupId;
import org.hearth.client.api.Following;
import org.hearth.client.api.GroupDelivery;
import org.hearth.client.api.HearthApiException;
import org.hearth.client.member.MemberState.Phase;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.mls.Member;
import org.hearth.crypto.mls.MlsMember;
import org.hearth.crypto.mls.PendingCommit;
import org.hearth.crypto.mls.ReportReplies;
import org.hearth.protocol.content.Content;
import org.hearth.protocol.content.ContentCodec;
import org.hearth.protocol.content.MessageId;
import org.hearth.protocol.content.PrivateReply;
import org.hearth.protocol.delivery.Accepted;
import org.hearth.protocol.moderation.ReportView;

/**
 * One member of one group: reads the group's messages in sequence order, sends, commits and leaves,
 * with its MLS state restored from the {@link MemberStore} and saved there after every change.
 *
 * <p>Ordering against crashes (RFC 9420 section 16.8): an application message is encrypted, the
 * advanced secret-tree generation saved, and only then sent, so a restart can never reuse a key and
 * nonce; a commit is saved as pending before it is sent and merged only when it comes back in the
 * group's sequence (its outcome is known even after a crash). A {@code stale-epoch} answer makes
 * the member fetch and process what it missed, then encrypt or commit again. Events reach the sink
 * only after the state that produced them was saved.
 *
 * <p>Thread-safe: the state is changed under this object's lock, and HTTP calls are made outside
 * it, so a member can send on one thread while it follows the group on another.
 */
public final class GroupMember {
  /** How often an operation is made again after {@code stale-epoch} before giving up. */
  static final int MAX_ATTEMPTS = 8;

  static final int PAGE = 200;

  private final GroupDelivery delivery;
  private final MemberStore store;
  private final Inbox inbox;
  private final Handshakes handshakes;
  private final Reader reader;
  private MemberState state;
  private MlsMember mls;
  private PendingCommit pendingCommit;
  private long pendingAcceptedSeq;
  private boolean commitInFlight;
  private boolean forgotten;

  GroupMember(
      GroupDelivery delivery,
      MemberStore store,
      Consumer<GroupEvent> sink,
      MemberState state,
      MlsMember mls,
      PendingCommit pendingCommit) {
    this.delivery = delivery;
    this.store = store;
    this.state = state;
    this.mls = mls;
    this.pendingCommit = pendingCommit;
    this.inbox = new Inbox(this);
    this.handshakes = new Handshakes(this, delivery);
    this.reader = new Reader(this, delivery, sink);
  }

  public GroupId group() {
    return delivery.group();
  }

  /** This member's key in the group, which is also its MLS credential identity. */
  public KeyThumbprint thumbprint() {
    return delivery.member();
  }

  /** The delivery API of the group, called with this member's key. */
  public GroupDelivery delivery() {
    return delivery;
  }

  public synchronized String displayName() {
    return state.displayName();
  }

  /** Chooses another display name for this group; later messages carry it. */
  public synchronized void rename(String displayName) {
    state = state.withDisplayName(displayName);
    persist();
  }

  /** The last sequence number processed. */
  public synchronized long lastSeen() {
    return state.lastSeen();
  }

  public synchronized long epoch() {
    requireMember();
    return mls.epoch();
  }

  /** The members' keys in the current epoch, in leaf order. */
  public synchronized List<KeyThumbprint> members() {
    requireMember();
    return thumbprints(mls);
  }

  /** Proposals received in this epoch that no commit carried out yet. */
  public synchronized int pendingProposals() {
    return state.pendingProposals();
  }

  /** Fetches and processes every message after the last one seen; returns their events. */
  public List<GroupEvent> sync() {
    return syncTo(Long.MAX_VALUE);
  }

  /**
   * Encrypts and sends {@code content}; on {@code stale-epoch} catches up and encrypts again.
   *
   * @return the server's receipt: the message is durably stored as {@code seq}
   */
  public Accepted send(Content content) {
    byte[] plaintext = ContentCodec.encode(content);
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      byte[] ciphertext;
      synchronized (this) {
        requireMember();
        ciphertext = mls.protect(plaintext);
        state = state.withSent(new MemberState.Sent(Inbox.hash(ciphertext), mls.epoch()));
        persist();
      }
      try {
        return delivery.send(ciphertext);
      } catch (HearthApiException e) {
        if (!e.is(Problems.STALE_EPOCH)) {
          throw notAMember(e);
        }
        sync();
      }
    }
    throw busy();
  }

  /**
   * Encrypts {@code content} for sending later, unchanged, with {@code delivery().send(...)}; the
   * advanced state is saved first, as for {@link #send}. For load benchmarks that measure the
   * server, not MLS: the ciphertext is valid only in the current epoch.
   */
  public synchronized byte[] encrypt(Content content) {
    requireMember();
    byte[] ciphertext = mls.protect(ContentCodec.encode(content));
    state = state.withSent(new MemberState.Sent(Inbox.hash(ciphertext), mls.epoch()));
    persist();
    return ciphertext;
  }

  /**
   * Follows the group live: each message is processed and saved, then its events reach the sink.
   * {@code status} hears about the connection; its {@code onMessage} is not called.
   */
  public Following follow(Following.Listener status) {
    return reader.follow(status);
  }

  /** Asks the server to drop one of this member's own messages. */
  public void deleteMessage(long seq) {
    synchronized (this) {
      requireMember();
    }
    delivery.deleteMessage(seq);
  }

  /**
   * Reports another member's message to the group's facilitators, with its signed content as
   * evidence; {@code reason} is one of HARASSMENT, HATE, THREAT, SELF_HARM, PRIVACY, SPAM, OTHER.
   *
   * @return the report's id
   */
  public String report(GroupEvent.Message message, String reason, String note) {
    ReportReplies.KeyPair key = ReportReplies.newKeyPair();
    String id =
        delivery
            .report(message.seq(), message.evidence(), reason, note, key.publicKey())
            .getString("id");
    synchronized (this) {
      Instant now = Instant.now();
      ReplyKeys kept =
          replyKeys().with(new ReplyKeys.Key(id, key.privateKey(), now.getEpochSecond()), now);
      store.write(group(), Map.of(MemberStore.REPLY_KEYS, kept.encode()));
    }
    return id;
  }

  /**
   * Answers a report privately (facilitators): the text is encrypted to the report's reply key and
   * sent inside the group as a {@link PrivateReply}, which only the reporter can open
   * (docs/reports.md, "Replying privately").
   *
   * @throws MemberException if the report carries no reply key
   * @throws org.hearth.protocol.content.ContentFormatException if the text is not a valid body
   */
  public Accepted replyPrivately(ReportView report, String text) {
    PrivateReply.checkText(text);
    if (report.replyKey() == null) {
      throw new MemberException(
          MemberException.Reason.NO_REPLY_KEY,
          "This report cannot be answered privately: the reporter's app sent no reply key.");
    }
    ReportReplies.Sealed sealed =
        ReportReplies.seal(
            Base64Url.decode(report.replyKey()), group().toString(), report.id(), text);
    return send(
        new PrivateReply(
            MessageId.random(), displayName(), sealed.kemOutput(), sealed.ciphertext()));
  }

  /** The keys of this member's reports in this group that have not expired. */
  synchronized ReplyKeys replyKeys() {
    return ReplyKeys.decode(store.blobs(group()).get(MemberStore.REPLY_KEYS))
        .current(Instant.now());
  }

  /** Commits an Add of the requesters' KeyPackages, with their Welcome (facilitators). */
  public Accepted accept(List<org.hearth.protocol.delivery.PendingJoin> requests) {
    List<byte[]> keyPackages = Admission.checkedKeyPackages(requests);
    return commit(m -> m.add(keyPackages));
  }

  /** Commits the removal of {@code member} (facilitators). */
  public Accepted remove(KeyThumbprint member) {
    return commit(m -> m.remove(List.of(leafOf(m, member).leaf())));
  }

  /** Commits the proposals received in this epoch, such as a member's leaving; empty if none. */
  public Optional<Accepted> commitProposals() {
    return Optional.ofNullable(
        commit(m -> state.pendingProposals() > 0 ? m.commitPending() : null));
  }

  /**
   * Leaves the group: a Remove of this member's own leaf for the next commit, then the server
   * forgets this key in the group, then this device forgets the group's key and state.
   */
  public void leave() {
    Phase phase;
    synchronized (this) {
      requireKnown();
      phase = state.phase();
    }
    if (phase == Phase.MEMBER) {
      handshakes.proposeLeave();
    }
    String requestId;
    synchronized (this) {
      requestId = state.phase() == Phase.REQUESTED ? state.requestId() : null;
    }
    if (requestId != null) {
      Problems.ignoreNotFound(() -> delivery.declineJoinRequest(requestId));
    }
    Problems.ignoreNotFound(delivery::forgetMembership);
    synchronized (this) {
      store.forget(group());
      forgotten = true;
      mls = null;
      pendingCommit = null;
    }
  }

  /** Catches up, stages with {@code make}, sends and merges a commit: see {@link Handshakes}. */
  Accepted commit(Function<MlsMember, PendingCommit> make) {
    return handshakes.commit(make);
  }

  // Hooks of the Handshakes, which hold this object's lock around them.

  /** Keeps {@code staged} as this member's commit on its way, saved before it is sent. */
  void stage(PendingCommit staged) {
    if (pendingCommit != null) {
      throw new MemberException(
          MemberException.Reason.BUSY, "Another commit of this member is on its way.");
    }
    pendingCommit = staged;
    commitInFlight = true;
    persist();
  }

  /** The server stored {@code staged} as {@code seq}: it merges when it comes by there. */
  void stored(PendingCommit staged, long seq) {
    if (pendingCommit == staged) {
      pendingAcceptedSeq = seq;
    }
  }

  /** The server refused {@code staged}: it will never come by. */
  void refused(PendingCommit staged) {
    if (pendingCommit == staged) {
      pendingCommit = null;
      persist();
    }
  }

  /** The commit's request ended, whatever its outcome. */
  void sendingEnded() {
    commitInFlight = false;
  }

  List<GroupEvent> syncTo(long target) {
    return reader.syncTo(target);
  }

  /**
   * After reading up to the group's latest message: a commit saved before a crash that never came
   * by never reached the group, and is forgotten.
   */
  void readThrough(long latestSeq) {
    if (pendingCommit != null && !commitInFlight && state.lastSeen() >= latestSeq) {
      pendingCommit = null;
      persist();
    }
  }

  /** Whether this device has left the group (its state is gone). */
  boolean forgotten() {
    return forgotten;
  }

  Inbox inbox() {
    return inbox;
  }

  // Accessors for the Inbox and Reader, which hold this object's lock around them.

  MemberState state() {
    return state;
  }

  void state(MemberState next) {
    state = next;
  }

  MlsMember mls() {
    return mls;
  }

  /** Whether an authentic commit removed this member from the group. */
  public synchronized boolean isRemoved() {
    return state.phase() == Phase.REMOVED;
  }

  /** After an authentic commit removed this member: nothing of the group's secrets is kept. */
  void markRemoved() {
    mls = null;
    pendingCommit = null;
    state = state.withPhase(Phase.REMOVED).inEpoch(Long.MAX_VALUE);
  }

  PendingCommit pendingCommit() {
    return pendingCommit;
  }

  boolean isOwnAcceptedCommit(long seq) {
    return pendingCommit != null && seq == pendingAcceptedSeq;
  }

  void mergePending() {
    mls.merge(pendingCommit);
    pendingCommit = null;
    pendingAcceptedSeq = 0;
  }

  void dropPending() {
    pendingCommit = null;
    pendingAcceptedSeq = 0;
  }

  static List<KeyThumbprint> thumbprints(MlsMember mls) {
    return mls.members().stream().map(m -> m.signatureKey().thumbprint()).toList();
  }

  static Member leafOf(MlsMember mls, KeyThumbprint member) {
    return mls.members().stream()
        .filter(m -> m.signatureKey().thumbprint().equals(member))
        .findFirst()
        .orElseThrow(
            () ->
                new MemberException(
                    MemberException.Reason.NO_SUCH_MEMBER,
                    "No member of the group has the key " + member + "."));
  }

  /** Saves the state, the MLS snapshot and the pending commit together. */
  void persist() {
    Map<String, byte[]> blobs = new HashMap<>();
    blobs.put(MemberStore.STATE, state.encode());
    blobs.put(MemberStore.MLS, mls == null ? null : mls.save());
    blobs.put(MemberStore.PENDING_COMMIT, pendingCommit == null ? null : pendingCommit.save());
    store.write(group(), blobs);
  }

  private void requireKnown() {
    if (forgotten) {
      throw new MemberException(
          MemberException.Reason.NOT_A_MEMBER, "This device has left group " + group() + ".");
    }
  }

  void requireMember() {
    requireKnown();
    switch (state.phase()) {
      case MEMBER -> {}
      case REMOVED ->
          throw new MemberException(
              MemberException.Reason.REMOVED,
              "A facilitator removed you from group " + group() + "; you can read nothing new.");
      case REQUESTED ->
          throw new MemberException(
              MemberException.Reason.JOIN_PENDING,
              "Your request to join group " + group() + " waits for a facilitator.");
      default ->
          throw new MemberException(
              MemberException.Reason.NOT_A_MEMBER,
              "Joining group " + group() + " has not finished.");
    }
  }

  /** A 403 where members may act means this key is no member any more. */
  RuntimeException notAMember(HearthApiException e) {
    if (e.status() != 403) {
      return e;
    }
    return new MemberException(
        MemberException.Reason.REMOVED,
        "Hearth no longer counts this key as a member of group "
            + group()
            + ": a facilitator removed you (or you left).",
        e);
  }

  MemberException busy() {
    return new MemberException(
        MemberException.Reason.BUSY,
        "Group " + group() + " changed " + MAX_ATTEMPTS + " times while you tried; try again.");
  }
}
