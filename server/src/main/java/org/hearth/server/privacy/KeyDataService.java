package org.hearth.server.privacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javax.sql.DataSource;
import org.hearth.crypto.KeyThumbprint;

/**
 * What Hearth holds about one member key: exported for a data-protection request, or erased by the
 * key's owner. Both follow the registry's key columns, so a new kind of record is covered by its
 * registry entry.
 */
@ApplicationScoped
public class KeyDataService {
  @Resource(lookup = "jdbc/hearth")
  DataSource dataSource;

  private final KeyRecords records = new KeyRecords(StoredData.tables());

  /** The rows of one table that name the key, with what they are for and how long they stay. */
  public record TableRecords(
      String table, String purpose, String retention, List<Map<String, Object>> rows) {}

  /**
   * Everything held about {@code thumbprint}: {@code searched} lists every table that can name a
   * member key (no other table does), {@code records} those that do, and {@code neverStored} what
   * is not kept about anyone.
   */
  public record KeyDataExport(
      String thumbprint,
      List<String> searched,
      List<TableRecords> records,
      List<String> neverStored) {}

  /** What each table erased for a key, by table. */
  public record Erased(String thumbprint, Map<String, Integer> erased) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public KeyDataExport export(KeyThumbprint key) {
    ResourceBundle english = ResourceBundle.getBundle("i18n.messages", Locale.ROOT);
    Map<String, List<Map<String, Object>>> found;
    try (Connection db = dataSource.getConnection()) {
      found = records.find(db, key.value());
    } catch (SQLException e) {
      throw new IllegalStateException("the export could not read the database", e);
    }
    List<TableRecords> held =
        found.entrySet().stream()
            .filter(e -> !e.getValue().isEmpty())
            .map(
                e -> {
                  StoredTable table = StoredData.table(e.getKey()).orElseThrow();
                  return new TableRecords(
                      table.name(),
                      english.getString(table.purposeKey()),
                      retention(english, table.retention()),
                      e.getValue());
                })
            .toList();
    return new KeyDataExport(
        key.value(),
        List.copyOf(found.keySet()),
        held,
        StoredData.neverStored().stream()
            .map(n -> english.getString("privacy.never." + n))
            .toList());
  }

  /** Erases everything that names {@code key}, as each table's {@link Erasure} says. */
  @Transactional
  public Erased erase(KeyThumbprint key) {
    try (Connection db = dataSource.getConnection()) {
      return new Erased(key.value(), records.erase(db, key.value()));
    } catch (SQLException e) {
      throw new IllegalStateException("the erasure could not complete", e);
    }
  }

  private static String retention(ResourceBundle texts, Retention retention) {
    long days = RetentionLimits.keep(retention).map(d -> d.toDays()).orElse(0L);
    return new MessageFormat(texts.getString(retention.wordingKey()), Locale.ENGLISH)
        .format(new Object[] {days});
  }
}
