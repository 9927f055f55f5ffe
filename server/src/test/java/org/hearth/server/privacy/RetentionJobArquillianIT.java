package org.hearth.server.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.hearth.server.testing.HearthDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside a real Liberty: the retention job deletes exactly what is past its time, nothing else. */
@ExtendWith(ArquillianExtension.class)
class RetentionJobArquillianIT {

  @Deployment
  static WebArchive deployment() {
    return HearthDeployment.create(RetentionJobArquillianIT.class);
  }

  @Inject RetentionJob retention;

  @Resource(lookup = "jdbc/hearth")
  DataSource dataSource;

  @Test
  void expiredRowsGoAndCurrentOnesStay() throws SQLException {
    String group = UUID.randomUUID().toString();
    long now = 4_000_000_000L;
    try (Connection db = dataSource.getConnection()) {
      update(
          db,
          "INSERT INTO member_group (id, name, description, language, size_cap, join_policy,"
              + " guidelines, guidelines_version, listed, retention_days, created_on)"
              + " VALUES (?, 'Purge test', 'd', 'en', 12, 'OPEN', 'g', 1, FALSE, 30,"
              + " CURRENT_DATE)",
          group);
      String message =
          "INSERT INTO group_message (group_id, seq, kind, epoch, sent_at, expires_at, author,"
              + " data, deleted) VALUES (?, ?, 'APPLICATION', 0, 0, ?, NULL, NULL, FALSE)";
      update(db, message, group, 1L, now - 1);
      update(db, message, group, 2L, now + 1000);
      String epoch =
          "INSERT INTO group_epoch (group_id, epoch, group_info, expires_at) VALUES (?, ?, ?, ?)";
      update(db, epoch, group, 0L, new byte[] {1}, now - 1);
      update(db, epoch, group, 1L, new byte[] {2}, Long.MAX_VALUE);
      update(
          db,
          "INSERT INTO invite_code (code_hash, group_id, expires_at) VALUES (?, ?, ?)",
          UUID.randomUUID().toString(),
          group,
          now);
      update(
          db,
          "INSERT INTO join_request (id, group_id, thumbprint, key_package, created_at,"
              + " expires_at) VALUES (?, ?, ?, ?, 0, ?)",
          UUID.randomUUID().toString(),
          group,
          "k".repeat(43),
          new byte[] {3},
          now - 5);
      update(
          db,
          "INSERT INTO pending_welcome (group_id, thumbprint, data, seq, epoch, expires_at)"
              + " VALUES (?, ?, ?, 1, 1, ?)",
          group,
          "w".repeat(43),
          new byte[] {4},
          now + 5);
    }

    retention.sweep(Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC));

    try (Connection db = dataSource.getConnection()) {
      assertEquals(
          List.of(2L), longs(db, "SELECT seq FROM group_message WHERE group_id = ?", group));
      assertEquals(
          List.of(1L),
          longs(db, "SELECT epoch FROM group_epoch WHERE group_id = ?", group),
          "the current epoch's GroupInfo stays");
      assertEquals(
          List.of(0L), longs(db, "SELECT COUNT(*) FROM invite_code WHERE group_id = ?", group));
      assertEquals(
          List.of(0L), longs(db, "SELECT COUNT(*) FROM join_request WHERE group_id = ?", group));
      assertEquals(
          List.of(1L),
          longs(db, "SELECT COUNT(*) FROM pending_welcome WHERE group_id = ?", group),
          "a Welcome not yet expired stays");
      update(db, "DELETE FROM member_group WHERE id = ?", group);
    }
  }

  private static void update(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }

  private static List<Long> longs(Connection db, String sql, String parameter) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        List<Long> values = new ArrayList<>();
        while (rows.next()) {
          values.add(rows.getLong(1));
        }
        return values;
      }
    }
  }
}
