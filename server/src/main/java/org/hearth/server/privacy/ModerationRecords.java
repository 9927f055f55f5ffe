package org.hearth.server.privacy;

import static org.hearth.server.privacy.StoredTable.column;
import static org.hearth.server.privacy.StoredTable.key;
import static org.hearth.server.privacy.StoredTable.table;
import static org.hearth.server.privacy.StoredTable.time;

import java.time.Duration;
import java.util.List;

/**
 * Moderation: reports (the only place Hearth keeps any plaintext, until they expire), the mutes of
 * out-of-hours protection, which guidelines version each group key accepted, and the e-mail address
 * a facilitator gave for notices.
 */
final class ModerationRecords {
  private ModerationRecords() {}

  static final List<StoredTable> TABLES =
      List.of(
          table(
              "report",
              "report",
              Retention.expiresAt(
                  "expires_at", "report", "hearth.reports.keep", Duration.ofDays(90)),
              // A report stays through its accused member's erasure: it is the group's evidence.
              Erasure.NONE,
              column("id", "row_id"),
              column("group_id", "group_id"),
              column("seq", "report_message"),
              column("epoch", "epoch"),
              column("evidence", "report_evidence"),
              key("accused", "report_accused"),
              column("reporter_tag", "report_reporter"),
              column("reason", "report_reason"),
              column("note", "report_reason"),
              column("state", "report_state"),
              column("reply_key", "report_reply_key"),
              time("created_at", "created", Coarsening.MINUTE),
              time("expires_at", "expiry", Coarsening.MINUTE)),
          table(
              "member_mute",
              "member_mute",
              Retention.expiresAt("muted_until", "member_mute"),
              Erasure.NONE,
              column("group_id", "group_id"),
              key("thumbprint", "key_thumbprint"),
              time("muted_until", "expiry", Coarsening.EXACT)),
          table(
              "guidelines_acceptance",
              "guidelines_acceptance",
              // Deleted by the moderation purge 30 days after the key left its group.
              Retention.lifecycle("guidelines_acceptance"),
              Erasure.DELETE_ROWS,
              column("group_id", "group_id"),
              key("thumbprint", "key_thumbprint"),
              column("version", "guidelines_version"),
              time("expires_at", "expiry", Coarsening.EXACT)),
          table(
              "facilitator_notification",
              "facilitator_notification",
              // Deleted by its facilitator at once, and by the moderation purge once the key no
              // longer facilitates the group or left it.
              Retention.lifecycle("facilitator_notification"),
              Erasure.DELETE_ROWS,
              column("group_id", "group_id"),
              key("thumbprint", "key_thumbprint"),
              column("address", "notification_address"),
              time("last_sent_at", "notification_sent", Coarsening.MINUTE)));
}
