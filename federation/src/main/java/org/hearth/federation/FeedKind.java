package org.hearth.federation;

import java.util.Objects;
import java.util.Optional;

/**
 * The two feeds an instance publishes: the directory of listed groups and the resource list. The
 * type parameter is the entry type, so a directory can never be read as a resource list.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the entry type
 */
public final class FeedKind<T extends FeedEntry> {
  public static final FeedKind<GroupListing> DIRECTORY =
      new FeedKind<>("directory", GroupListing.class);
  public static final FeedKind<ResourceEntry> RESOURCES =
      new FeedKind<>("resources", ResourceEntry.class);

  private final String name;
  private final Class<T> entryType;

  private FeedKind(String name, Class<T> entryType) {
    this.name = name;
    this.entryType = entryType;
  }

  /** The kind's name on the wire: {@code directory} or {@code resources}. */
  public String wireName() {
    return name;
  }

  public Class<T> entryType() {
    return entryType;
  }

  /** The kind named {@code wireName}, if there is one. */
  public static Optional<FeedKind<?>> byWireName(String wireName) {
    Objects.requireNonNull(wireName, "wireName");
    if (wireName.equals(DIRECTORY.name)) {
      return Optional.of(DIRECTORY);
    }
    return wireName.equals(RESOURCES.name) ? Optional.of(RESOURCES) : Optional.empty();
  }

  @Override
  public String toString() {
    return name;
  }
}
