package org.hearth.server.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The retention pass with a controlled clock: every kind of record with a time limit is kept up to
 * the moment before its limit and deleted at it, on H2 and (when given) PostgreSQL.
 */
class RetentionSweepTest {
  private static final Instant LIMIT = Instant.ofEpochSecond(4_000_000_000L);
  private static final String GROUP = "0b6c1d7e-3f35-4a36-9d0e-5f9cb3c2a001";
  private static final String PEER = "p".repeat(43);

  /**
   * One row of each kind whose limit falls at {@link #LIMIT}: the statement names a unique {@code
   * :id}, the {@code :time} its rule reads and any {@code :bytes}. Adding a kind with a time rule
   * to the registry means adding its row here.
   */
  private static final Map<String, String> ROWS =
      Map.ofEntries(
          Map.entry(
              "sign_in_challenge",
              "INSERT INTO sign_in_challenge (nonce, expires_at) VALUES (:id, :time)"),
          Map.entry(
              "revoked_session",
              "INSERT INTO revoked_session (jti, expires_at) VALUES (:id, :time)"),
          Map.entry(
              "admin_setup",
              "INSERT INTO admin_setup (id, code_hash, expires_at) VALUES (1, :id, :time)"),
          Map.entry(
              "key_package",
              "INSERT INTO key_package (id, thumbprint, data, expires_at)"
                  + " VALUES (:id, 'k', :bytes, :time)"),
          Map.entry(
              "group_epoch",
              "INSERT INTO group_epoch (group_id, epoch, group_info, expires_at)"
                  + " VALUES ('"
                  + GROUP
                  + "', 7, :bytes, :time)"),
          Map.entry(
              "group_message",
              "INSERT INTO group_message (group_id, seq, kind, epoch, sent_at, expires_at, author,"
                  + " data, deleted) VALUES ('"
                  + GROUP
                  + "', 1, 'APPLICATION', 0, 0, :time, :id, :bytes, FALSE)"),
          Map.entry(
              "join_request",
              "INSERT INTO join_request (id, group_id, thumbprint, key_package, created_at,"
                  + " expires_at) VALUES (:id, '"
                  + GROUP
                  + "', 'j', :bytes, 0, :time)"),
          Map.entry(
              "pending_welcome",
              "INSERT INTO pending_welcome (group_id, thumbprint, data, seq, epoch, expires_at)"
                  + " VALUES ('"
                  + GROUP
                  + "', :id, :bytes, 1, 1, :time)"),
          Map.entry(
              "invite_code",
              "INSERT INTO invite_code (code_hash, group_id, expires_at)"
                  + " VALUES (:id, '"
                  + GROUP
                  + "', :time)"),
          Map.entry(
              "report",
              "INSERT INTO report (id, group_id, seq, epoch, evidence, accused, reporter_tag,"
                  + " reason, state, created_at, expires_at) VALUES (:id, '"
                  + GROUP
                  + "', 1, 0, :bytes, 'a', 'r', 'THREAT', 'OPEN', 0, :time)"),
          Map.entry(
              "member_mute",
              "INSERT INTO member_mute (group_id, thumbprint, muted_until) VALUES ('"
                  + GROUP
                  + "', :id, :time)"),
          Map.entry(
              "federation_nonce",
              "INSERT INTO federation_nonce (id, expires_at) VALUES (:id, :time)"),
          Map.entry(
              "federation_event",
              "INSERT INTO federation_event (id, at, kind, expires_at) VALUES (:id, 0, 'x', :time)"),
          Map.entry(
              "federation_feed",
              "INSERT INTO federation_feed (id, peer_id, kind, wire, etag, sequence, fetched_at,"
                  + " confirmed_at) VALUES (:id, '"
                  + PEER
                  + "', 'directory', :bytes, 'e', 1, 0, :time)"));

  static Stream<MigratedDatabase> databases() {
    return MigratedDatabase.available().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void everyKindIsKeptBeforeItsLimitAndDeletedAtIt(MigratedDatabase database) throws Exception {
    TreeSet<String> timed = new TreeSet<>();
    StoredData.tables().stream()
        .filter(t -> t.retention().rule() != Retention.Rule.LIFECYCLE)
        .forEach(t -> timed.add(t.name()));
    assertEquals(
        timed,
        new TreeSet<>(ROWS.keySet()),
        "every kind with a time rule has a row in this test (add one to ROWS)");

    RetentionSweep sweep = new RetentionSweep(StoredData.tables(), variable -> Optional.empty());
    try (database;
        Connection db = database.open()) {
      parents(db);
      for (StoredTable table : StoredData.tables()) {
        if (ROWS.containsKey(table.name())) {
          insert(db, ROWS.get(table.name()), sweep, table.retention());
        }
      }

      Map<String, Integer> early = sweep.run(db, LIMIT.minusSeconds(1));
      for (String table : timed) {
        assertEquals(0, early.get(table), table + " deleted before its limit");
        assertEquals(1, count(db, table), table + " kept before its limit");
      }

      Map<String, Integer> due = sweep.run(db, LIMIT);
      for (String table : timed) {
        assertEquals(1, due.get(table), table + " deleted at its limit");
        assertEquals(0, count(db, table), table + " gone at its limit");
      }
      assertEquals(1, count(db, "member_group"), "groups have no time limit");
      assertEquals(1, count(db, "federation_peer"), "peerings have no time limit");
      assertEquals(7, count(db, "help_resource"), "the resource list has no time limit");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aConfiguredLimitReplacesTheDefault(MigratedDatabase database) throws Exception {
    RetentionSweep sweep =
        new RetentionSweep(
            StoredData.tables(),
            variable ->
                variable.equals("hearth.federation.feed.keep")
                    ? Optional.of(Duration.ofDays(1))
                    : Optional.empty());
    try (database;
        Connection db = database.open()) {
      parents(db);
      Instant confirmed = LIMIT.minus(Duration.ofDays(2));
      insert(db, ROWS.get("federation_feed"), confirmed);
      sweep.run(db, confirmed.plus(Duration.ofDays(1)).minusSeconds(1));
      assertEquals(1, count(db, "federation_feed"), "kept for the configured day");
      sweep.run(db, confirmed.plus(Duration.ofDays(1)));
      assertEquals(0, count(db, "federation_feed"), "gone after the configured day, not 30");
    }
  }

  /** Inserts one row whose limit is {@link #LIMIT} by its rule. */
  private static void insert(Connection db, String sql, RetentionSweep sweep, Retention retention)
      throws SQLException {
    Instant time =
        retention.rule() == Retention.Rule.AGE ? LIMIT.minus(sweep.keep(retention)) : LIMIT;
    insert(db, sql, time);
  }

  /** Runs {@code sql} with its named values bound in order. */
  static void insert(Connection db, String sql, Instant time) throws SQLException {
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile(":(id|time|bytes)").matcher(sql);
    while (m.find()) {
      names.add(m.group(1));
    }
    try (PreparedStatement s = db.prepareStatement(m.replaceAll("?"))) {
      for (int i = 0; i < names.size(); i++) {
        switch (names.get(i)) {
          case "id" -> s.setString(i + 1, UUID.randomUUID().toString());
          case "time" -> s.setLong(i + 1, time.getEpochSecond());
          default -> s.setBytes(i + 1, new byte[] {(byte) i});
        }
      }
      s.executeUpdate();
    }
  }

  private static void parents(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.executeUpdate(
          "INSERT INTO member_group (id, name, description, language, size_cap, join_policy,"
              + " guidelines, guidelines_version, listed, retention_days, created_on) VALUES ('"
              + GROUP
              + "', 'g', 'd', 'en', 12, 'OPEN', 'g', 1, FALSE, 30, CURRENT_DATE)");
      s.executeUpdate(
          "INSERT INTO federation_peer (peer_id, pinned_thumbprint, public_key, name, operator,"
              + " description, base_url, endpoint_directory, endpoint_resources, endpoint_inbox,"
              + " protocol_version, document_issued_at, state, show_peers_peers, feed_hidden,"
              + " pinned_at, changed_at, checked_at) VALUES ('"
              + PEER
              + "', 'p', 'k', 'n', 'o', 'd', 'https://peer.example', 'a', 'b', 'c', 1, 0,"
              + " 'ACTIVE', FALSE, FALSE, 0, 0, 0)");
    }
  }

  static int count(Connection db, String table) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
