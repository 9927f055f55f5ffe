package org.hearth.federation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public description of a listed group, as its home instance publishes it: never members, never
 * content.
 *
 * <p>Immutable and thread-safe.
 *
 * @param size current member count, or empty if the home instance does not publish it
 * @param cap the most members the group admits
 * @param language a BCP 47 language tag such as {@code en} or {@code pt-BR}
 * @param facilitationHours when a facilitator is usually present, if the group says
 */
public record GroupDescriptor(
    String name,
    String description,
    List<String> topicTags,
    String language,
    Optional<Integer> size,
    int cap,
    JoinPolicy joinPolicy,
    Optional<Hours> facilitationHours) {
  public static final int MAX_NAME = 100;
  public static final int MAX_DESCRIPTION = 2000;
  public static final int MAX_TAGS = 10;
  public static final int MAX_CAP = 10_000;
  static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
  static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

  public GroupDescriptor {
    Checks.text("name", name, MAX_NAME);
    Checks.text("description", description, MAX_DESCRIPTION);
    topicTags = Checks.codes("topic tags", topicTags, MAX_TAGS, TAG);
    if (!LANGUAGE.matcher(Objects.requireNonNull(language, "language")).matches()) {
      throw new IllegalArgumentException("language is a BCP 47 tag");
    }
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(joinPolicy, "joinPolicy");
    Objects.requireNonNull(facilitationHours, "facilitationHours");
    if (cap < 2 || cap > MAX_CAP || size.filter(s -> s < 0 || s > cap).isPresent()) {
      throw new IllegalArgumentException("0 <= size <= cap, 2 <= cap <= " + MAX_CAP);
    }
  }
}
