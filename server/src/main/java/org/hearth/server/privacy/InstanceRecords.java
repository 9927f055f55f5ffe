package org.hearth.server.privacy;

import static org.hearth.server.privacy.StoredTable.column;
import static org.hearth.server.privacy.StoredTable.key;
import static org.hearth.server.privacy.StoredTable.table;
import static org.hearth.server.privacy.StoredTable.time;

import java.util.List;

/** The instance's own records: its keys and secrets, sign-in, admins and the resource list. */
final class InstanceRecords {
  private InstanceRecords() {}

  static final List<StoredTable> TABLES =
      List.of(
          table(
              "instance_key",
              "instance_key",
              Retention.lifecycle("instance"),
              Erasure.NONE,
              column("id", "row_id"),
              column("public_key", "instance_public_key"),
              column("private_seed", "instance_private_key"),
              time("created_on", "created", Coarsening.DAY)),
          table(
              "instance_key_rotation",
              "instance_key_rotation",
              Retention.lifecycle("instance"),
              Erasure.NONE,
              column("chain_index", "order"),
              column("old_thumbprint", "key_thumbprint"),
              column("new_thumbprint", "key_thumbprint"),
              column("statement", "rotation_statement"),
              time("rotated_on", "created", Coarsening.DAY)),
          table(
              "instance_secret",
              "instance_secret",
              Retention.lifecycle("instance"),
              Erasure.NONE,
              column("name", "secret_name"),
              column("secret", "secret_value"),
              time("created_on", "created", Coarsening.DAY)),
          table(
              "sign_in_challenge",
              "challenge",
              Retention.expiresAt("expires_at", "challenge"),
              Erasure.NONE,
              column("nonce", "challenge_nonce"),
              time("expires_at", "expiry", Coarsening.EXACT)),
          table(
              "revoked_session",
              "revoked_session",
              Retention.expiresAt("expires_at", "revoked_session"),
              Erasure.NONE,
              column("jti", "session_id"),
              time("expires_at", "expiry", Coarsening.HOUR)),
          table(
              "admin_key",
              "admin_key",
              Retention.lifecycle("admin_key"),
              Erasure.ADMIN_ONLY,
              key("thumbprint", "key_thumbprint"),
              column("public_key", "public_key"),
              time("added_on", "created", Coarsening.DAY),
              time("revoked_on", "revoked", Coarsening.DAY)),
          table(
              "admin_setup",
              "admin_setup",
              Retention.expiresAt("expires_at", "admin_setup"),
              Erasure.NONE,
              column("id", "row_id"),
              column("code_hash", "code_hash"),
              time("expires_at", "expiry", Coarsening.EXACT)),
          table(
              "help_resource",
              "help_resource",
              Retention.lifecycle("admin_removes"),
              Erasure.NONE,
              column("id", "row_id"),
              column("kind", "resource_detail"),
              column("name", "resource_detail"),
              column("description", "resource_detail"),
              column("languages", "resource_detail"),
              column("phone", "resource_contact"),
              column("sms_number", "resource_contact"),
              column("sms_keyword", "resource_contact"),
              column("url", "resource_contact"),
              column("hours", "resource_detail"),
              column("hours_always", "resource_detail"),
              column("hours_zone", "resource_detail"),
              column("cost", "resource_detail"),
              column("verified_by", "resource_verified"),
              time("verified_at", "resource_verified", Coarsening.EXACT),
              time("review_by", "resource_review", Coarsening.DAY),
              column("list_order", "order"),
              time("updated_at", "changed", Coarsening.EXACT)),
          table(
              "help_resource_country",
              "help_resource_country",
              Retention.lifecycle("admin_removes"),
              Erasure.NONE,
              column("resource_id", "row_id"),
              column("country", "resource_area")),
          table(
              "flyway_schema_history",
              "schema_history",
              Retention.lifecycle("instance"),
              Erasure.NONE,
              column("installed_rank", "schema_history"),
              column("version", "schema_history"),
              column("description", "schema_history"),
              column("type", "schema_history"),
              column("script", "schema_history"),
              column("checksum", "schema_history"),
              column("installed_by", "schema_history"),
              time("installed_on", "schema_history", Coarsening.EXACT),
              column("execution_time", "schema_history"),
              column("success", "schema_history")));
}
