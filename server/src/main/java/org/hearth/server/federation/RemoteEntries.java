package org.hearth.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.GroupListing;
import org.hearth.federation.Hours;
import org.hearth.federation.Origin;
import org.hearth.federation.ResourceEntry;
import org.hearth.federation.merge.MergedEntry;
import org.hearth.server.groups.GroupDescriptor;
import org.hearth.server.groups.JoinPolicy;
import org.hearth.server.groups.RemoteListings;
import org.hearth.server.resourcelist.HelpEntry;
import org.hearth.server.resourcelist.RemoteResources;
import org.hearth.server.resourcelist.ResourceKind;
import org.hearth.server.resourcelist.ResourceListService;

/**
 * Peers' groups and resources as the directory and Get help now show them: with the instance each
 * comes from and the age of the copy. A remote group links to its page on its home instance, so
 * joining it happens there and this instance learns nothing of it.
 */
@ApplicationScoped
public class RemoteEntries implements RemoteListings, RemoteResources {
  @Inject MergedFeeds merged;
  @Inject FederationSettings settings;

  Clock clock = Clock.systemUTC();

  @Override
  public List<GroupDescriptor> listings() {
    MergedFeeds.Snapshot s = merged.snapshot();
    Instant now = clock.instant();
    Duration staleAfter = settings.mergePolicy().staleAfter();
    return s.directory().entries().stream().map(e -> listing(e, s, now, staleAfter)).toList();
  }

  @Override
  public List<HelpEntry> entries() {
    MergedFeeds.Snapshot s = merged.snapshot();
    Instant now = clock.instant();
    Duration staleAfter = settings.mergePolicy().staleAfter();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    return s.resources().entries().stream()
        .map(e -> resource(e, s, now, staleAfter, today))
        .toList();
  }

  private static GroupDescriptor listing(
      MergedEntry<GroupListing> e, MergedFeeds.Snapshot s, Instant now, Duration staleAfter) {
    GroupListing g = e.entry();
    long age = age(e, s, now);
    var d = g.descriptor();
    return new GroupDescriptor(
        g.id().value(),
        d.name(),
        d.description(),
        d.topicTags(),
        d.language(),
        d.cap(),
        switch (d.joinPolicy()) {
          case OPEN -> JoinPolicy.OPEN;
          case APPROVAL -> JoinPolicy.APPROVAL;
          case INVITE -> JoinPolicy.INVITE_ONLY;
        },
        d.facilitationHours().map(RemoteEntries::hours).orElse(null),
        "",
        0,
        true,
        0,
        List.of(),
        homeName(g.origin(), s),
        g.origin().baseUrl().value(),
        g.joinLink().toString(),
        true,
        age,
        age > staleAfter.toSeconds());
  }

  private static HelpEntry resource(
      MergedEntry<ResourceEntry> e,
      MergedFeeds.Snapshot s,
      Instant now,
      Duration staleAfter,
      LocalDate today) {
    ResourceEntry r = e.entry();
    long age = age(e, s, now);
    return new HelpEntry(
        r.id().value(),
        ResourceKind.valueOf(r.kind().name()),
        r.name(),
        r.description(),
        r.areas(),
        r.languages(),
        r.contact().phone().orElse(null),
        r.contact().smsNumber().orElse(null),
        r.contact().smsKeyword().orElse(null),
        r.contact().url().map(Object::toString).orElse(null),
        hours(r.hours()),
        r.cost().name(),
        r.verifiedBy(),
        LocalDate.ofInstant(r.verifiedAt(), ZoneOffset.UTC),
        r.reviewBy(),
        !today.isAfter(r.reviewBy()),
        homeName(r.origin(), s),
        r.origin().baseUrl().value(),
        true,
        age,
        age > staleAfter.toSeconds());
  }

  private static long age(MergedEntry<?> e, MergedFeeds.Snapshot s, Instant now) {
    return Math.max(0, Duration.between(s.confirmedAt(e), now).toSeconds());
  }

  /** The origin's name if it is a peer, else its address without the scheme. */
  static String homeName(Origin origin, MergedFeeds.Snapshot s) {
    KeyThumbprint t = origin.thumbprint();
    String name = s.names().get(t);
    if (name != null) {
      return name;
    }
    String url = origin.baseUrl().value();
    return url.substring(url.indexOf("://") + 3);
  }

  private static String hours(Hours h) {
    return ResourceListService.hoursText(
        h.alwaysOpen(), h.schedule().orElse(null), h.zone().map(Object::toString).orElse(null));
  }
}
