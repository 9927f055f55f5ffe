package org.hearth.server.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The registry and the live schema agree: every table and column the migrations create is in {@link
 * StoredData}, and the registry names nothing that does not exist.
 */
class StoredDataSchemaTest {

  static Stream<MigratedDatabase> databases() {
    return MigratedDatabase.available().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void everyStoredColumnIsInTheRegistryAndNothingElse(MigratedDatabase database)
      throws SQLException {
    try (database;
        Connection db = database.open()) {
      Map<String, List<String>> schema = liveSchema(db);
      assertTrue(schema.containsKey("group_message"), "the schema was read: " + schema.keySet());
      List<String> problems = new ArrayList<>();
      schema.forEach(
          (table, columns) -> {
            var entry = StoredData.table(table);
            if (entry.isEmpty()) {
              problems.add(
                  "table "
                      + table
                      + " is not in the stored-data registry: add a StoredTable for it (purpose,"
                      + " retention, erasure) with these columns "
                      + columns
                      + " to the area's list in org.hearth.server.privacy (*Records.java), and"
                      + " its privacy.table.* / privacy.purpose.* / privacy.retention.* keys to"
                      + " both message bundles");
              return;
            }
            var listed = entry.get().columns().stream().map(StoredColumn::name).toList();
            for (String column : columns) {
              if (!listed.contains(column)) {
                problems.add(
                    "column "
                        + table
                        + "."
                        + column
                        + " is not in the registry: add column(\""
                        + column
                        + "\", purpose) (or time(...)/key(...)) to the StoredTable \""
                        + table
                        + "\"");
              }
            }
            for (String column : listed) {
              if (!columns.contains(column)) {
                problems.add(
                    "the registry lists "
                        + table
                        + "."
                        + column
                        + ", which the schema does not have: remove it");
              }
            }
          });
      for (StoredTable table : StoredData.tables()) {
        if (!schema.containsKey(table.name())) {
          problems.add("the registry lists table " + table.name() + ", which does not exist");
        }
      }
      assertEquals(List.of(), problems, String.join("\n", problems));
    }
  }

  /** Tables and their columns as the database reports them, in lower case. */
  static Map<String, List<String>> liveSchema(Connection db) throws SQLException {
    DatabaseMetaData meta = db.getMetaData();
    String schema = db.getSchema();
    Map<String, List<String>> tables = new TreeMap<>();
    try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        tables.put(rows.getString("TABLE_NAME"), new ArrayList<>());
      }
    }
    Map<String, List<String>> lower = new TreeMap<>();
    for (String table : tables.keySet()) {
      TreeSet<String> columns = new TreeSet<>();
      try (ResultSet rows = meta.getColumns(null, schema, table, "%")) {
        while (rows.next()) {
          columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
      lower.put(table.toLowerCase(Locale.ROOT), new ArrayList<>(columns));
    }
    return lower;
  }
}
