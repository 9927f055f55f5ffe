package org.hearth.server.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds and erases, over plain JDBC, the rows the registry marks as naming one member key. Not
 * thread-safe; one per call. Names in SQL come from the registry in code, never from input.
 */
public final class KeyRecords {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final List<StoredTable> tables;

  public KeyRecords(List<StoredTable> tables) {
    this.tables = List.copyOf(tables);
  }

  /** Every row naming {@code thumbprint}, by table; binary values as base64url. */
  public Map<String, List<Map<String, Object>>> find(Connection db, String thumbprint)
      throws SQLException {
    Map<String, List<Map<String, Object>>> found = new LinkedHashMap<>();
    for (StoredTable table : tables) {
      if (table.keyColumn().isEmpty()) {
        continue;
      }
      String sql =
          "SELECT * FROM " + table.name() + " WHERE " + table.keyColumn().get().name() + " = ?";
      try (PreparedStatement select = db.prepareStatement(sql)) {
        select.setString(1, thumbprint);
        try (ResultSet rows = select.executeQuery()) {
          found.put(table.name(), rows(rows));
        }
      }
    }
    return found;
  }

  /** Erases what names {@code thumbprint} as each table's {@link Erasure} says; counts by table. */
  public Map<String, Integer> erase(Connection db, String thumbprint) throws SQLException {
    Map<String, Integer> erased = new LinkedHashMap<>();
    for (StoredTable table : tables) {
      if (table.erasure() == Erasure.NONE || table.erasure() == Erasure.ADMIN_ONLY) {
        continue;
      }
      String key = table.keyColumn().orElseThrow().name();
      int count = 0;
      if (table.erasure() == Erasure.DELETE_ROWS) {
        count = update(db, "DELETE FROM " + table.name() + " WHERE " + key + " = ?", thumbprint);
      } else {
        // The member's own messages lose their ciphertext, as when they delete each one; the
        // group's changes they committed stay (members need them to follow the group) but no
        // longer name them.
        count =
            update(
                db,
                "UPDATE "
                    + table.name()
                    + " SET data = NULL, deleted = TRUE, "
                    + key
                    + " = NULL WHERE "
                    + key
                    + " = ? AND kind = 'APPLICATION'",
                thumbprint);
        count +=
            update(
                db,
                "UPDATE " + table.name() + " SET " + key + " = NULL WHERE " + key + " = ?",
                thumbprint);
      }
      erased.put(table.name(), count);
    }
    return erased;
  }

  private static int update(Connection db, String sql, String thumbprint) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setString(1, thumbprint);
      return statement.executeUpdate();
    }
  }

  private static List<Map<String, Object>> rows(ResultSet rows) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    List<Map<String, Object>> all = new ArrayList<>();
    while (rows.next()) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        Object value = rows.getObject(i);
        if (value instanceof byte[] bytes) {
          value = B64.encodeToString(bytes);
        } else if (value != null && !(value instanceof Number) && !(value instanceof Boolean)) {
          value = value.toString();
        }
        row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value);
      }
      all.add(row);
    }
    return all;
  }
}
