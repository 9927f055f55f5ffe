package org.hearth.server.privacy;

import java.util.List;

/**
 * The registry as the public privacy page shows it: message keys and their values, in registry
 * order. Pages translate the keys; nothing here is text.
 */
public final class PrivacyNotice {
  private PrivacyNotice() {}

  /** One kind of record on the page. {@code keepDays} is 0 when the rule has no fixed length. */
  public record Table(
      String name,
      String purposeKey,
      String retentionKey,
      long keepDays,
      String variable,
      List<Column> columns) {}

  /** One column on the page; {@code id} is {@code table.column}. */
  public record Column(String id, String name, String purposeKey, String timeKey) {}

  /** Every stored table and column, with the limits configured here. */
  public static List<Table> tables() {
    return StoredData.tables().stream().map(PrivacyNotice::table).toList();
  }

  /** The message keys of what is never stored. */
  public static List<String> neverStoredKeys() {
    return StoredData.neverStored().stream().map(k -> "privacy.never." + k).toList();
  }

  private static Table table(StoredTable t) {
    Retention r = t.retention();
    return new Table(
        t.name(),
        t.purposeKey(),
        r.wordingKey(),
        RetentionLimits.keep(r).map(d -> d.toDays()).orElse(0L),
        r.variable().orElse(null),
        t.columns().stream()
            .map(
                c ->
                    new Column(
                        t.name() + "." + c.name(), c.name(), c.purposeKey(), c.time().messageKey()))
            .toList());
  }
}
