package org.hearth.federation.protocol;

import java.net.URI;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.BaseUrl;
import org.hearth.federation.Contact;
import org.hearth.federation.Cost;
import org.hearth.federation.EntryId;
import org.hearth.federation.FeedEntry;
import org.hearth.federation.FeedKind;
import org.hearth.federation.GroupDescriptor;
import org.hearth.federation.GroupListing;
import org.hearth.federation.Hours;
import org.hearth.federation.JoinPolicy;
import org.hearth.federation.Origin;
import org.hearth.federation.ResourceEntry;
import org.hearth.federation.ResourceKind;

/**
 * The JSON payloads of feed entries: {@code hearth-group+jws} (a listed group) and {@code
 * hearth-resource+jws} (a resource). Enum values are lower snake case on the wire.
 *
 * <p>Stateless and thread-safe.
 */
public final class EntryCodecs {
  private static final Set<String> GROUP_MEMBERS =
      Set.of(
          "v",
          "id",
          "origin",
          "home",
          "name",
          "description",
          "tags",
          "language",
          "size",
          "cap",
          "join_policy",
          "facilitation_hours",
          "join_link",
          "updated_at");
  private static final Set<String> RESOURCE_MEMBERS =
      Set.of(
          "v",
          "id",
          "origin",
          "home",
          "kind",
          "name",
          "description",
          "areas",
          "languages",
          "contact",
          "hours",
          "cost",
          "verified_by",
          "verified_at",
          "review_by",
          "updated_at");

  private EntryCodecs() {}

  public static Map<String, Object> encode(FeedEntry entry) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("v", 1);
    m.put("id", entry.id().value());
    m.put("origin", entry.origin().thumbprint().value());
    m.put("home", entry.origin().baseUrl().value());
    m.put("updated_at", entry.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
    if (entry instanceof GroupListing g) {
      GroupDescriptor d = g.descriptor();
      m.put("name", d.name());
      m.put("description", d.description());
      m.put("tags", d.topicTags());
      m.put("language", d.language());
      d.size().ifPresent(s -> m.put("size", s));
      m.put("cap", d.cap());
      m.put("join_policy", wire(d.joinPolicy()));
      d.facilitationHours().ifPresent(h -> m.put("facilitation_hours", hours(h)));
      m.put("join_link", g.joinLink().toString());
    } else if (entry instanceof ResourceEntry r) {
      m.put("kind", wire(r.kind()));
      m.put("name", r.name());
      m.put("description", r.description());
      m.put("areas", r.areas());
      m.put("languages", r.languages());
      m.put("contact", contact(r.contact()));
      m.put("hours", hours(r.hours()));
      m.put("cost", wire(r.cost()));
      m.put("verified_by", r.verifiedBy());
      m.put("verified_at", r.verifiedAt().truncatedTo(ChronoUnit.SECONDS).toString());
      m.put("review_by", r.reviewBy().toString());
    }
    return m;
  }

  /** Reads an entry of {@code kind}. */
  public static <T extends FeedEntry> T decode(FeedKind<T> kind, JsonIn in) {
    FeedEntry entry = kind == FeedKind.DIRECTORY ? group(in) : resource(in);
    return kind.entryType().cast(entry);
  }

  private static GroupListing group(JsonIn in) {
    in.only(GROUP_MEMBERS).version(1);
    GroupDescriptor d =
        new GroupDescriptor(
            in.string("name"),
            in.string("description"),
            in.strings("tags", GroupDescriptor.MAX_TAGS),
            in.string("language"),
            in.optLong("size").map(Math::toIntExact),
            in.intValue("cap"),
            parse(JoinPolicy.class, in.string("join_policy")),
            in.optObject("facilitation_hours").map(EntryCodecs::hours));
    return new GroupListing(
        new EntryId(in.string("id")),
        origin(in),
        d,
        URI.create(in.string("join_link")),
        in.instant("updated_at"));
  }

  private static ResourceEntry resource(JsonIn in) {
    in.only(RESOURCE_MEMBERS).version(1);
    return new ResourceEntry(
        new EntryId(in.string("id")),
        origin(in),
        parse(ResourceKind.class, in.string("kind")),
        in.string("name"),
        in.string("description"),
        in.strings("areas", ResourceEntry.MAX_AREAS),
        in.strings("languages", ResourceEntry.MAX_LANGUAGES),
        contact(in.object("contact")),
        hours(in.object("hours")),
        parse(Cost.class, in.string("cost")),
        in.string("verified_by"),
        in.instant("verified_at"),
        in.date("review_by"),
        in.instant("updated_at"));
  }

  private static Origin origin(JsonIn in) {
    return new Origin(new KeyThumbprint(in.string("origin")), new BaseUrl(in.string("home")));
  }

  private static Map<String, Object> hours(Hours h) {
    if (h.alwaysOpen()) {
      return Map.of("always", true);
    }
    return Map.of("schedule", h.schedule().orElseThrow(), "zone", h.zone().orElseThrow().getId());
  }

  private static Hours hours(JsonIn in) {
    in.only(Set.of("always", "schedule", "zone"));
    if (in.has("always")) {
      if (!in.bool("always") || in.has("schedule")) {
        throw new IllegalArgumentException("hours are {always:true} or a schedule");
      }
      return Hours.ALWAYS;
    }
    return Hours.schedule(in.string("schedule"), ZoneId.of(in.string("zone")));
  }

  private static Map<String, Object> contact(Contact c) {
    Map<String, Object> m = new LinkedHashMap<>();
    c.phone().ifPresent(p -> m.put("phone", p));
    c.smsNumber()
        .ifPresent(
            n -> {
              Map<String, Object> sms = new LinkedHashMap<>();
              sms.put("number", n);
              c.smsKeyword().ifPresent(k -> sms.put("keyword", k));
              m.put("sms", sms);
            });
    c.url().ifPresent(u -> m.put("url", u.toString()));
    return m;
  }

  private static Contact contact(JsonIn in) {
    in.only(Set.of("phone", "sms", "url"));
    Optional<JsonIn> sms = in.optObject("sms").map(s -> s.only(Set.of("number", "keyword")));
    return new Contact(
        in.optString("phone"),
        sms.map(s -> s.string("number")),
        sms.flatMap(s -> s.optString("keyword")),
        in.optString("url").map(URI::create));
  }

  static String wire(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  static <E extends Enum<E>> E parse(Class<E> type, String wire) {
    if (!wire.equals(wire.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("enum values are lower case");
    }
    return Enum.valueOf(type, wire.toUpperCase(Locale.ROOT));
  }
}
