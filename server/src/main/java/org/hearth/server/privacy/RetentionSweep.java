package org.hearth.server.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One pass of retention over a database: for every kind of record with a time rule, deletes the
 * rows past it. Plain JDBC, so that the same pass runs inside Liberty and in tests against H2 and
 * PostgreSQL with any clock. Not thread-safe; make one per pass.
 */
public final class RetentionSweep {
  private final List<StoredTable> tables;
  private final Function<String, Optional<Duration>> settings;

  /**
   * @param tables the registry to enforce
   * @param settings looks up a configuration variable naming a duration, empty when it is not set
   */
  public RetentionSweep(List<StoredTable> tables, Function<String, Optional<Duration>> settings) {
    this.tables = List.copyOf(tables);
    this.settings = settings;
  }

  /** Deletes what is past its time at {@code now}; returns how many rows went, by table. */
  public Map<String, Integer> run(Connection db, Instant now) throws SQLException {
    Map<String, Integer> deleted = new LinkedHashMap<>();
    for (StoredTable table : tables) {
      Retention retention = table.retention();
      if (retention.rule() == Retention.Rule.LIFECYCLE) {
        continue;
      }
      Instant limit = retention.rule() == Retention.Rule.AGE ? now.minus(keep(retention)) : now;
      // Names come from the registry in code, never from input.
      String sql = "DELETE FROM " + table.name() + " WHERE " + retention.column() + " <= ?";
      try (PreparedStatement delete = db.prepareStatement(sql)) {
        delete.setLong(1, limit.getEpochSecond());
        deleted.put(table.name(), delete.executeUpdate());
      }
    }
    return deleted;
  }

  /** How long {@code retention} keeps a row: its variable when set, else its default. */
  public Duration keep(Retention retention) {
    return retention.variable().flatMap(settings).orElse(retention.keep());
  }
}
