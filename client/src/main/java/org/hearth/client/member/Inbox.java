package org.hearth.client.member;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hearth.client.Base64Url;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.mls.ApplicationMessage;
import org.hearth.crypto.mls.Handled;
import org.hearth.crypto.mls.LeafIndex;
import org.hearth.crypto.mls.Member;
import org.hearth.crypto.mls.MlsException;
import org.hearth.crypto.mls.MlsMember;
import org.hearth.crypto.mls.MlsMessageIn;
import org.hearth.crypto.mls.MlsMessageInfo;
import org.hearth.crypto.mls.PendingCommit;
import org.hearth.protocol.content.Content;
import org.hearth.protocol.content.ContentCodec;
import org.hearth.protocol.content.ContentFormatException;
import org.hearth.protocol.content.PrivateReply;
import org.hearth.protocol.delivery.DeliveredMessage;

/**
 * Applies one message of the group's sequence to a member's state (RFC 9420 section 14: handshake
 * messages in order, application messages in the epoch they were sent in): commits move the epoch,
 * proposals wait for the next commit, application messages are decrypted and their content read.
 * What cannot be read becomes an {@link GroupEvent.Unreadable} event and reading goes on; only a
 * commit this member cannot apply stops it, since everything after depends on it.
 *
 * <p>Not thread-safe: runs under its {@link GroupMember}'s lock.
 */
final class Inbox {
  private final GroupMember member;

  Inbox(GroupMember member) {
    this.member = member;
  }

  /** Processes {@code message}, the next after the last one seen, and returns its events. */
  List<GroupEvent> process(DeliveredMessage message) {
    long seen = member.state().lastSeen();
    if (message.seq() <= seen) {
      return List.of();
    }
    List<GroupEvent> events = new ArrayList<>();
    if (message.seq() > seen + 1) {
      // The server lists messages in order and leaves out only those that expired.
      events.add(new GroupEvent.Missed(seen + 1, message.seq() - 1));
    }
    if (message.data() == null) {
      events.add(new GroupEvent.Gone(message.seq(), message.deleted()));
    } else {
      byte[] data = Base64Url.decode(message.data());
      events.addAll(
          switch (message.kind()) {
            case "commit" -> commit(message, data);
            case "proposal" -> proposal(message, data);
            default -> application(message, data);
          });
    }
    member.state(member.state().withLastSeen(message.seq()));
    return events;
  }

  private List<GroupEvent> application(DeliveredMessage message, byte[] data) {
    String hash = hash(data);
    if (member.state().hasSent(hash)) {
      member.state(member.state().withoutSent(hash));
      return List.of();
    }
    MlsMember mls = member.mls();
    if (message.epoch() != mls.epoch()) {
      return unreadable(
          message,
          "it was sent in epoch " + message.epoch() + " and this member is in " + mls.epoch());
    }
    ApplicationMessage opened;
    try {
      opened = mls.unprotect(data);
    } catch (MlsException e) {
      return unreadable(message, e.getMessage());
    }
    Optional<KeyThumbprint> sender = at(mls, opened.sender());
    if (sender.isEmpty()) {
      return unreadable(message, "its sender is not in the group");
    }
    Content content;
    try {
      content = ContentCodec.decode(opened.plaintext());
    } catch (ContentFormatException e) {
      return unreadable(message, "its content does not follow the format: " + e.getMessage());
    }
    if (content instanceof PrivateReply reply) {
      return member
          .replyKeys()
          .open(member.group().toString(), reply)
          .<List<GroupEvent>>map(
              mine ->
                  List.of(
                      new GroupEvent.PrivateReplyReceived(
                          message.seq(),
                          Instant.ofEpochSecond(message.sentAt()),
                          sender.get(),
                          reply.displayName(),
                          mine.reportId(),
                          mine.text())))
          .orElse(List.of());
    }
    return List.of(
        new GroupEvent.Message(
            message.seq(),
            Instant.ofEpochSecond(message.sentAt()),
            sender.get(),
            content,
            opened.evidence().bytes()));
  }

  private List<GroupEvent> proposal(DeliveredMessage message, byte[] data) {
    MlsMember mls = member.mls();
    if (message.epoch() < mls.epoch()) {
      return List.of();
    }
    MlsMessageInfo info;
    try {
      info = MlsMessageIn.parse(data).info();
    } catch (MlsException e) {
      return unreadable(message, e.getMessage());
    }
    if (info.sender().filter(mls.ownLeaf()::equals).isPresent()) {
      return List.of();
    }
    Optional<KeyThumbprint> by = info.sender().flatMap(leaf -> at(mls, leaf));
    try {
      if (mls.handle(data) != Handled.PROPOSAL_STORED) {
        return List.of();
      }
    } catch (MlsException e) {
      return unreadable(message, "a proposal that does not verify: " + e.getMessage());
    }
    member.state(member.state().withPendingProposals(member.state().pendingProposals() + 1));
    boolean leaving =
        info.sender().isPresent() && info.removedLeaves().contains(info.sender().get());
    return by.<List<GroupEvent>>map(
            k -> List.of(new GroupEvent.Proposed(message.seq(), k, leaving)))
        .orElse(List.of());
  }

  private List<GroupEvent> commit(DeliveredMessage message, byte[] data) {
    MlsMember mls = member.mls();
    List<KeyThumbprint> before = GroupMember.thumbprints(mls);
    PendingCommit pending = member.pendingCommit();
    if (pending != null
        && (member.isOwnAcceptedCommit(message.seq()) || Arrays.equals(data, pending.commit()))) {
      member.mergePending();
      return changed(message, before, mls);
    }
    if (pending != null && message.epoch() == pending.fromEpoch()) {
      // Another member's commit won the epoch; ours was or will be refused.
      member.dropPending();
    }
    if (message.epoch() < mls.epoch()) {
      return List.of();
    }
    if (message.epoch() > mls.epoch()) {
      throw outOfSync(
          message,
          "it is for epoch "
              + message.epoch()
              + " and this member is in "
              + mls.epoch()
              + "; the commits between expired. Leave the group and join again");
    }
    Handled handled;
    try {
      handled = mls.handle(data);
    } catch (MlsException e) {
      throw outOfSync(message, e.getMessage());
    }
    return switch (handled) {
      case REMOVED -> {
        member.markRemoved();
        yield List.of(new GroupEvent.Removed(message.seq()));
      }
      case EPOCH_ADVANCED -> changed(message, before, mls);
      case PROPOSAL_STORED -> List.of();
    };
  }

  private List<GroupEvent> changed(
      DeliveredMessage message, List<KeyThumbprint> before, MlsMember mls) {
    member.state(member.state().inEpoch(mls.epoch()));
    List<KeyThumbprint> after = GroupMember.thumbprints(mls);
    List<KeyThumbprint> joined = new ArrayList<>(after);
    joined.removeAll(before);
    List<KeyThumbprint> left = new ArrayList<>(before);
    left.removeAll(after);
    return List.of(new GroupEvent.MembersChanged(message.seq(), mls.epoch(), joined, left));
  }

  private static Optional<KeyThumbprint> at(MlsMember mls, LeafIndex leaf) {
    return mls.members().stream()
        .filter(m -> m.leaf().equals(leaf))
        .map(Member::signatureKey)
        .map(k -> k.thumbprint())
        .findFirst();
  }

  private static List<GroupEvent> unreadable(DeliveredMessage message, String why) {
    return List.of(new GroupEvent.Unreadable(message.seq(), why));
  }

  private static MemberException outOfSync(DeliveredMessage message, String why) {
    return new MemberException(
        MemberException.Reason.OUT_OF_SYNC,
        "Commit " + message.seq() + " cannot be applied here (" + why + ").");
  }

  /** The base64url SHA-256 by which a member recognises its own ciphertext. */
  static String hash(byte[] ciphertext) {
    try {
      return Base64Url.encode(MessageDigest.getInstance("SHA-256").digest(ciphertext));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
