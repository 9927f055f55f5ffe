package org.hearth.server.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The purge keeps a notice address exactly while its key facilitates the group and has not left it,
 * on a database migrated by Hearth's own migrations.
 */
class NotificationPurgeTest {
  @Test
  void addressesOfFormerFacilitatorsAndOfKeysThatLeftAreDeleted() throws SQLException {
    String url = "jdbc:h2:mem:notices-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "hearth", "hearth")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    try (Connection db = DriverManager.getConnection(url, "hearth", "hearth");
        Statement sql = db.createStatement()) {
      // g1 has started (members), g2 has not yet.
      for (String group : List.of("g1", "g2")) {
        sql.execute(
            "INSERT INTO member_group (id, name, description, language, size_cap, join_policy,"
                + " guidelines, guidelines_version, listed, retention_days, created_on) VALUES ('"
                + group
                + "', 'n', 'd', 'en', 12, 'APPROVAL', 'g', 1, FALSE, 30, DATE '2026-01-01')");
      }
      sql.execute(
          "INSERT INTO group_facilitator (group_id, thumbprint) VALUES ('g1', 'stays'),"
              + " ('g1', 'left'), ('g2', 'waits')");
      sql.execute(
          "INSERT INTO group_member (group_id, thumbprint) VALUES ('g1', 'stays'), ('g1',"
              + " 'revoked'), ('g1', 'member')");
      sql.execute(
          "INSERT INTO facilitator_notification (group_id, thumbprint, address) VALUES"
              + " ('g1', 'stays', 'a@x.org'), ('g1', 'left', 'b@x.org'), ('g1', 'revoked',"
              + " 'c@x.org'), ('g2', 'waits', 'd@x.org'), ('g2', 'stays', 'e@x.org')");

      assertEquals(3, sql.executeUpdate(NotificationAddresses.PURGE_FORMER_FACILITATORS));

      List<String> kept = new ArrayList<>();
      try (ResultSet rows =
          sql.executeQuery(
              "SELECT group_id, thumbprint FROM facilitator_notification ORDER BY group_id")) {
        while (rows.next()) {
          kept.add(rows.getString(1) + "/" + rows.getString(2));
        }
      }
      assertEquals(
          List.of("g1/stays", "g2/waits"),
          kept,
          "kept: a facilitator in the group, and one of a group nobody has joined yet");
    }
  }
}
