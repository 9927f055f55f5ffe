package org.hearth.server.privacy;

import java.util.Objects;

/**
 * One stored column: its name, what it is for (a message key under {@code privacy.purpose.}) and
 * how finely it records time.
 *
 * @param name the column's name in the schema, lower case
 * @param purpose the purpose's message key suffix: the page shows {@code privacy.purpose.<purpose>}
 * @param time how finely it records time ({@link Coarsening#NOT_A_TIME} for other columns)
 * @param identifiesKey whether it holds the thumbprint of a member's key, so that the export and
 *     erasure for one key look here
 */
public record StoredColumn(String name, String purpose, Coarsening time, boolean identifiesKey) {
  public StoredColumn {
    Objects.requireNonNull(name);
    Objects.requireNonNull(purpose);
    Objects.requireNonNull(time);
  }

  /** The message key of this column's purpose. */
  public String purposeKey() {
    return "privacy.purpose." + purpose;
  }
}
