package org.hearth.server.privacy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One kind of stored record: its table, what it is for, how long it is kept, what a member's
 * erasure does to it, and every column.
 *
 * @param name the table's name in the schema, lower case
 * @param purpose the message key suffix of its purpose: {@code privacy.table.<purpose>}
 */
public record StoredTable(
    String name, String purpose, Retention retention, Erasure erasure, List<StoredColumn> columns) {
  public StoredTable {
    Objects.requireNonNull(name);
    Objects.requireNonNull(purpose);
    Objects.requireNonNull(retention);
    Objects.requireNonNull(erasure);
    columns = List.copyOf(columns);
    if (erasure != Erasure.NONE && keyColumn(columns).isEmpty()) {
      throw new IllegalArgumentException(name + " is erased by key but names no key column");
    }
  }

  /** The message key of this table's purpose. */
  public String purposeKey() {
    return "privacy.table." + purpose;
  }

  /** The column holding a member's key thumbprint, if any. */
  public Optional<StoredColumn> keyColumn() {
    return keyColumn(columns);
  }

  private static Optional<StoredColumn> keyColumn(List<StoredColumn> columns) {
    return columns.stream().filter(StoredColumn::identifiesKey).findFirst();
  }

  static StoredTable table(
      String name, String purpose, Retention retention, Erasure erasure, StoredColumn... columns) {
    return new StoredTable(name, purpose, retention, erasure, List.of(columns));
  }

  static StoredColumn column(String name, String purpose) {
    return new StoredColumn(name, purpose, Coarsening.NOT_A_TIME, false);
  }

  static StoredColumn time(String name, String purpose, Coarsening precision) {
    return new StoredColumn(name, purpose, precision, false);
  }

  static StoredColumn key(String name, String purpose) {
    return new StoredColumn(name, purpose, Coarsening.NOT_A_TIME, true);
  }
}
