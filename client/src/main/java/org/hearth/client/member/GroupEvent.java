package org.hearth.client.member;

import java.time.Instant;
import java.util.List;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.protocol.content.Content;

/**
 * What a member learned from one message of the group's sequence, handed out after the state that
 * processing it made was saved. A member's own messages give no event.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface GroupEvent {
  /** The message's sequence number in the group. */
  long seq();

  /**
   * A decrypted application message whose sender's signature verified.
   *
   * @param sender the sending member's key: display names are self-chosen, this is not
   * @param evidence the message's signed content (RFC 9420 AuthenticatedContent), which a report of
   *     it carries (docs/reports.md)
   */
  record Message(long seq, Instant sentAt, KeyThumbprint sender, Content content, byte[] evidence)
      implements GroupEvent {}

  /**
   * A facilitator's private reply to one of this member's reports (docs/reports.md), opened with
   * that report's key: only the reporter gets this event; every other member gets none.
   *
   * @param sender the facilitator's key
   * @param displayName the facilitator's display name in this group
   * @param reportId the report it answers
   * @param text the reply
   */
  record PrivateReplyReceived(
      long seq,
      Instant sentAt,
      KeyThumbprint sender,
      String displayName,
      String reportId,
      String text)
      implements GroupEvent {
    /** Names the report only: the text and name must never reach a log. */
    @Override
    public String toString() {
      return "PrivateReplyReceived[seq=" + seq + ", report=" + reportId + "]";
    }
  }

  /**
   * A message whose ciphertext is gone.
   *
   * @param deleted {@code true} when its sender deleted it, {@code false} when it expired
   */
  record Gone(long seq, boolean deleted) implements GroupEvent {}

  /**
   * Messages {@code seq} to {@code through} expired (the group's retention) before this member read
   * them: it will never see them.
   */
  record Missed(long seq, long through) implements GroupEvent {}

  /** A message this member cannot read, and why (sent before it joined, damaged, …). */
  record Unreadable(long seq, String reason) implements GroupEvent {}

  /** A commit changed who is in the group (or only the epoch's keys, when both lists are empty). */
  record MembersChanged(long seq, long epoch, List<KeyThumbprint> joined, List<KeyThumbprint> left)
      implements GroupEvent {
    public MembersChanged {
      joined = List.copyOf(joined);
      left = List.copyOf(left);
    }
  }

  /**
   * A member proposed a change that the next commit carries out.
   *
   * @param leaving whether the member asks to leave (a Remove of its own leaf)
   */
  record Proposed(long seq, KeyThumbprint by, boolean leaving) implements GroupEvent {}

  /** A commit removed this member: it can read nothing from here on. */
  record Removed(long seq) implements GroupEvent {}
}
