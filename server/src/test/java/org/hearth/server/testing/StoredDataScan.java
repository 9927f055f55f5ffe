package org.hearth.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Looks for strings that must never be stored — markers, display names, addresses, user agents — in
 * every file under some folders (as UTF-8 and UTF-16) and in every text and binary column of every
 * table of a database.
 */
public final class StoredDataScan {
  private static final Set<Integer> SCANNED_TYPES =
      Set.of(
          Types.CHAR,
          Types.VARCHAR,
          Types.LONGVARCHAR,
          Types.NCHAR,
          Types.NVARCHAR,
          Types.LONGNVARCHAR,
          Types.CLOB,
          Types.NCLOB,
          Types.BINARY,
          Types.VARBINARY,
          Types.LONGVARBINARY,
          Types.BLOB,
          Types.OTHER);

  private static final Set<Integer> BINARY =
      Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

  private StoredDataScan() {}

  /**
   * Every place under {@code roots} where a needle occurs, unless {@code ignore} accepts that file
   * and needle (for what the build, not the server, put there).
   */
  public static List<String> files(
      List<Path> roots, List<String> needles, BiPredicate<Path, String> ignore) {
    List<String> found = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          byte[] bytes = Files.readAllBytes(file);
          for (String needle : needles) {
            if (ignore.test(file, needle)) {
              continue;
            }
            int at = find(bytes, needle);
            if (at >= 0) {
              found.add(needle + " in " + file + ": " + context(bytes, at));
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return found;
  }

  /** Every file under {@code roots} holding a needle. */
  public static List<String> files(List<Path> roots, List<String> needles) {
    return files(roots, needles, (file, needle) -> false);
  }

  /**
   * Every table and column of the database server {@code hearth} keeps: its PostgreSQL database
   * when it was given one, else its H2 file (then the server must be stopped).
   */
  public static List<String> serverDatabase(HearthServer hearth, List<String> needles) {
    try (Connection db = hearth.openDatabase()) {
      return database(db, needles);
    } catch (SQLException e) {
      throw new IllegalStateException("could not open the database of " + hearth.name(), e);
    }
  }

  /** Every text or binary value in the database that holds a needle, as table.column. */
  public static List<String> database(Connection db, List<String> needles) throws SQLException {
    DatabaseMetaData meta = db.getMetaData();
    Map<String, List<String>> columns = new LinkedHashMap<>();
    try (ResultSet tables = meta.getTables(null, db.getSchema(), "%", new String[] {"TABLE"})) {
      while (tables.next()) {
        columns.put(tables.getString("TABLE_NAME"), new ArrayList<>());
      }
    }
    for (Map.Entry<String, List<String>> table : columns.entrySet()) {
      try (ResultSet rows = meta.getColumns(null, db.getSchema(), table.getKey(), "%")) {
        while (rows.next()) {
          int type = rows.getInt("DATA_TYPE");
          if (SCANNED_TYPES.contains(type)) {
            table
                .getValue()
                .add((BINARY.contains(type) ? "b:" : "t:") + rows.getString("COLUMN_NAME"));
          }
        }
      }
    }
    List<String> found = new ArrayList<>();
    int values = 0;
    for (Map.Entry<String, List<String>> table : columns.entrySet()) {
      for (String typed : table.getValue()) {
        boolean binary = typed.startsWith("b:");
        String column = typed.substring(2);
        String sql = "SELECT \"" + column + "\" FROM \"" + table.getKey() + "\"";
        try (Statement s = db.createStatement();
            ResultSet rows = s.executeQuery(sql)) {
          while (rows.next()) {
            String text = binary ? null : rows.getString(1);
            byte[] value =
                binary
                    ? rows.getBytes(1)
                    : text == null ? null : text.getBytes(StandardCharsets.UTF_8);
            if (value == null) {
              continue;
            }
            values++;
            for (String needle : needles) {
              if (find(value, needle) >= 0) {
                found.add(needle + " in " + table.getKey() + "." + column);
              }
            }
          }
        }
      }
    }
    if (values == 0) {
      throw new IllegalStateException("the scan read no values: is this the right database?");
    }
    return found;
  }

  /** Where {@code needle} occurs in {@code bytes} as UTF-8 or UTF-16, or -1. */
  public static int find(byte[] bytes, String needle) {
    for (byte[] n :
        List.of(
            needle.getBytes(StandardCharsets.UTF_8),
            needle.getBytes(StandardCharsets.UTF_16BE),
            needle.getBytes(StandardCharsets.UTF_16LE))) {
      int at = indexOf(bytes, n);
      if (at >= 0) {
        return at;
      }
    }
    return -1;
  }

  private static String context(byte[] bytes, int at) {
    int from = Math.max(0, at - 80);
    int to = Math.min(bytes.length, at + 120);
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1)
        .replaceAll("[^\\x20-\\x7e]", ".");
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
