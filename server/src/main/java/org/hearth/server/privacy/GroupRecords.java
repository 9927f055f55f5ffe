package org.hearth.server.privacy;

import static org.hearth.server.privacy.StoredTable.column;
import static org.hearth.server.privacy.StoredTable.key;
import static org.hearth.server.privacy.StoredTable.table;
import static org.hearth.server.privacy.StoredTable.time;

import java.util.List;

/**
 * Groups and their delivery service: descriptors, memberships, KeyPackages, MLS public state,
 * ciphertext, join requests, Welcomes and invite codes.
 */
final class GroupRecords {
  private GroupRecords() {}

  static final List<StoredTable> TABLES =
      List.of(
          table(
              "member_group",
              "group",
              Retention.lifecycle("group"),
              Erasure.NONE,
              column("id", "group_id"),
              column("name", "group_public"),
              column("description", "group_public"),
              column("language", "group_public"),
              column("size_cap", "group_public"),
              column("join_policy", "group_public"),
              column("facilitation_hours", "group_public"),
              column("guidelines", "group_public"),
              column("guidelines_version", "group_public"),
              column("listed", "group_public"),
              column("retention_days", "group_retention"),
              time("created_on", "created", Coarsening.DAY),
              time("updated_at", "changed", Coarsening.EXACT)),
          table(
              "group_topic",
              "group_topic",
              Retention.lifecycle("group"),
              Erasure.NONE,
              column("group_id", "group_id"),
              column("topic", "group_public")),
          table(
              "group_facilitator",
              "group_facilitator",
              Retention.lifecycle("facilitator"),
              Erasure.DELETE_ROWS,
              column("group_id", "group_id"),
              key("thumbprint", "key_thumbprint")),
          table(
              "key_package",
              "key_package",
              Retention.expiresAt("expires_at", "key_package"),
              Erasure.DELETE_ROWS,
              column("id", "row_id"),
              key("thumbprint", "key_thumbprint"),
              column("data", "key_package"),
              time("expires_at", "expiry", Coarsening.EXACT)),
          table(
              "mls_group",
              "mls_group",
              Retention.lifecycle("group"),
              Erasure.NONE,
              column("group_id", "group_id"),
              column("epoch", "epoch"),
              column("group_info", "group_info"),
              column("member_count", "member_count"),
              column("last_seq", "order")),
          table(
              "group_epoch",
              "group_epoch",
              Retention.expiresAt("expires_at", "group_messages"),
              Erasure.NONE,
              column("group_id", "group_id"),
              column("epoch", "epoch"),
              column("group_info", "group_info"),
              time("expires_at", "expiry", Coarsening.MINUTE)),
          table(
              "group_member",
              "group_member",
              Retention.lifecycle("member"),
              Erasure.DELETE_ROWS,
              column("group_id", "group_id"),
              key("thumbprint", "key_thumbprint")),
          table(
              "group_message",
              "group_message",
              Retention.expiresAt("expires_at", "group_messages"),
              Erasure.BLANK_MESSAGES,
              column("group_id", "group_id"),
              column("seq", "order"),
              column("kind", "message_kind"),
              column("epoch", "epoch"),
              time("sent_at", "sent", Coarsening.MINUTE),
              time("expires_at", "expiry", Coarsening.MINUTE),
              key("author", "author"),
              column("data", "ciphertext"),
              column("deleted", "message_deleted")),
          table(
              "join_request",
              "join_request",
              Retention.expiresAt("expires_at", "join_request"),
              Erasure.DELETE_ROWS,
              column("id", "row_id"),
              column("group_id", "group_id"),
              key("thumbprint", "key_thumbprint"),
              column("key_package", "key_package"),
              time("created_at", "requested", Coarsening.HOUR),
              time("expires_at", "expiry", Coarsening.HOUR)),
          table(
              "pending_welcome",
              "pending_welcome",
              Retention.expiresAt("expires_at", "welcome"),
              Erasure.DELETE_ROWS,
              column("group_id", "group_id"),
              key("thumbprint", "key_thumbprint"),
              column("data", "welcome"),
              column("seq", "order"),
              column("epoch", "epoch"),
              time("expires_at", "expiry", Coarsening.MINUTE)),
          table(
              "invite_code",
              "invite_code",
              Retention.expiresAt("expires_at", "invite_code"),
              Erasure.NONE,
              column("code_hash", "code_hash"),
              column("group_id", "group_id"),
              time("expires_at", "expiry", Coarsening.EXACT)));
}
