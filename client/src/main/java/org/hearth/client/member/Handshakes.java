package org.hearth.client.member;

import java.util.function.Function;
import org.hearth.client.Base64Url;
import org.hearth.client.api.GroupDelivery;
import org.hearth.client.api.HearthApiException;
import org.hearth.client.member.MemberState.Phase;
import org.hearth.crypto.mls.MlsMember;
import org.hearth.crypto.mls.PendingCommit;
import org.hearth.protocol.delivery.Accepted;
import org.hearth.protocol.delivery.CommitRequest;

/**
 * A member's handshake messages (RFC 9420 section 12): commits and its own leaving proposal, each
 * made for the current epoch after catching up, and made again after {@code stale-epoch}. A commit
 * is saved as pending before it is sent and merged only when it comes back in the group's sequence
 * (section 14), so its outcome is known even after a crash between sending and hearing back.
 *
 * <p>Thread-safe: the member's state is changed under the member's lock, HTTP calls outside it.
 */
final class Handshakes {
  private final GroupMember member;
  private final GroupDelivery delivery;

  Handshakes(GroupMember member, GroupDelivery delivery) {
    this.member = member;
    this.delivery = delivery;
  }

  /**
   * Catches up, stages a commit with {@code make} (which returns {@code null} when there is nothing
   * to commit), saves it as pending, sends it, and merges it when it comes back in the sequence;
   * after {@code stale-epoch} all of that again.
   */
  Accepted commit(Function<MlsMember, PendingCommit> make) {
    for (int attempt = 1; attempt <= GroupMember.MAX_ATTEMPTS; attempt++) {
      member.sync();
      PendingCommit staged;
      synchronized (member) {
        member.requireMember();
        staged = make.apply(member.mls());
        if (staged == null) {
          return null;
        }
        member.stage(staged);
      }
      Accepted accepted = send(staged);
      if (accepted != null) {
        member.syncTo(accepted.seq());
        return accepted;
      }
    }
    throw member.busy();
  }

  /**
   * Sends a staged commit: its receipt, or {@code null} when another commit won the epoch. A
   * refusal drops the pending commit; a lost connection or a 5xx keeps it, since the commit may
   * have been stored, and the next catch-up merges or drops it.
   */
  private Accepted send(PendingCommit staged) {
    try {
      Accepted accepted =
          delivery.commit(
              new CommitRequest(
                  Base64Url.encode(staged.commit()),
                  Base64Url.encode(staged.groupInfo()),
                  staged.welcome().map(Base64Url::encode).orElse(null)));
      synchronized (member) {
        member.stored(staged, accepted.seq());
      }
      return accepted;
    } catch (HearthApiException e) {
      if (e.status() >= 500) {
        throw e;
      }
      synchronized (member) {
        member.refused(staged);
      }
      if (e.is(Problems.STALE_EPOCH)) {
        return null;
      }
      throw e;
    } finally {
      synchronized (member) {
        member.sendingEnded();
      }
    }
  }

  /**
   * A Remove of this member's own leaf (section 12.1.3), for another member's next commit: a
   * committer cannot remove itself.
   */
  void proposeLeave() {
    for (int attempt = 1; attempt <= GroupMember.MAX_ATTEMPTS; attempt++) {
      member.sync();
      byte[] proposal;
      synchronized (member) {
        if (member.state().phase() != Phase.MEMBER) {
          return;
        }
        proposal = member.mls().proposeLeave();
        member.persist();
      }
      try {
        delivery.propose(proposal);
        return;
      } catch (HearthApiException e) {
        if (!e.is(Problems.STALE_EPOCH)) {
          throw e;
        }
      }
    }
    throw member.busy();
  }
}
