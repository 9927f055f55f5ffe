package org.hearth.server.privacy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The stored-data registry: every table and column Hearth keeps, with its purpose, retention and
 * time precision. The retention job, the privacy page, the export and the erasure for one key all
 * read it, and a test fails when the live schema and this list disagree.
 *
 * <p>Adding a kind of record is one {@link StoredTable} in the list of its area.
 */
public final class StoredData {
  private static final List<StoredTable> ALL =
      Stream.of(
              InstanceRecords.TABLES,
              GroupRecords.TABLES,
              ModerationRecords.TABLES,
              FederationRecords.TABLES)
          .flatMap(List::stream)
          .toList();

  private StoredData() {}

  /** Every kind of stored record, in the order the privacy page shows them. */
  public static List<StoredTable> tables() {
    return ALL;
  }

  /** The entry for {@code table}, if the registry has one. */
  public static Optional<StoredTable> table(String table) {
    return ALL.stream().filter(t -> t.name().equals(table)).findFirst();
  }

  /** What Hearth never stores nor logs, as message key suffixes of {@code privacy.never.}. */
  public static List<String> neverStored() {
    return List.of(
        "addresses", "user_agents", "contact", "plaintext", "display_names", "locations");
  }
}
