package org.hearth.server.federation;

import java.net.URI;
import java.time.ZoneId;
import java.util.Optional;
import org.hearth.federation.BaseUrl;
import org.hearth.federation.Contact;
import org.hearth.federation.Cost;
import org.hearth.federation.EntryId;
import org.hearth.federation.GroupDescriptor;
import org.hearth.federation.GroupListing;
import org.hearth.federation.Hours;
import org.hearth.federation.JoinPolicy;
import org.hearth.federation.Origin;
import org.hearth.federation.ResourceEntry;
import org.hearth.federation.ResourceKind;
import org.hearth.server.groups.ListedGroup;
import org.hearth.server.resourcelist.ManagedResource;

/**
 * This instance's groups and resources as feed entries. An entry the protocol cannot carry (such as
 * a resource without contact or verification yet) is left out of the feed, not sent broken.
 * Stateless.
 */
final class OwnEntries {
  private OwnEntries() {}

  /** Where members join a group: its page on this instance. */
  static URI joinLink(BaseUrl base, String groupId) {
    return base.resolve("/groups/" + groupId);
  }

  static Optional<GroupListing> listing(Origin self, ListedGroup listed) {
    var g = listed.descriptor();
    try {
      GroupDescriptor d =
          new GroupDescriptor(
              g.name(),
              g.description(),
              g.topics(),
              g.language(),
              Optional.empty(),
              g.sizeCap(),
              switch (g.joinPolicy()) {
                case OPEN -> JoinPolicy.OPEN;
                case APPROVAL -> JoinPolicy.APPROVAL;
                case INVITE_ONLY -> JoinPolicy.INVITE;
              },
              Optional.ofNullable(g.facilitationHours())
                  .map(h -> Hours.schedule(h, ZoneId.of("UTC"))));
      return Optional.of(
          new GroupListing(
              new EntryId(g.id()), self, d, joinLink(self.baseUrl(), g.id()), listed.updatedAt()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static Optional<ResourceEntry> resource(Origin self, ManagedResource r) {
    if (!r.missingForSharing().isEmpty()) {
      return Optional.empty();
    }
    try {
      Contact contact =
          new Contact(
              Optional.ofNullable(r.phone()),
              Optional.ofNullable(r.smsNumber()),
              Optional.ofNullable(r.smsKeyword()),
              Optional.ofNullable(r.url()).map(URI::create));
      Hours hours =
          r.open24x7() ? Hours.ALWAYS : Hours.schedule(r.schedule(), ZoneId.of(r.timeZone()));
      return Optional.of(
          new ResourceEntry(
              new EntryId(r.id()),
              self,
              ResourceKind.valueOf(r.kind().name()),
              r.name(),
              r.description(),
              r.areas(),
              r.languages(),
              contact,
              hours,
              Cost.valueOf(r.cost().name()),
              r.verifiedBy(),
              r.verifiedAt(),
              r.reviewBy(),
              r.updatedAt()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
