package org.hearth.server.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.server.admin.AdminService;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.identity.KeyProofs;
import org.hearth.server.platform.HearthSettings;

/** Creates groups and answers what is known about them. */
@ApplicationScoped
public class GroupService {
  @Inject GroupRepository repository;
  @Inject DescriptorCache cache;
  @Inject AdminService admins;
  @Inject HearthSettings settings;
  @Inject Instance<RemoteListings> remote;
  @Inject Event<DirectoryChanged> changed;

  Clock clock = Clock.systemUTC();

  /**
   * Creates a group. Admins may always; members only when the instance allows it, and then they
   * facilitate it themselves.
   */
  public GroupDescriptor create(KeyThumbprint caller, CreateGroupRequest request) {
    boolean admin = admins.isAdmin(caller);
    if (!admin && !settings.membersMayCreateGroups()) {
      throw new ApiException(ProblemType.FORBIDDEN, "On this instance only admins create groups.");
    }
    List<String> named = request.facilitators() == null ? List.of() : request.facilitators();
    if (!admin && !named.isEmpty()) {
      throw KeyProofs.invalid("facilitators", "only an admin may name other facilitators");
    }
    int cap = request.sizeCap() == null ? settings.defaultGroupSize() : request.sizeCap();
    if (cap > settings.maxGroupSize()) {
      throw KeyProofs.invalid(
          "sizeCap", "must be at most " + settings.maxGroupSize() + " on this instance");
    }
    GroupEntity group = new GroupEntity(GroupId.random().toString(), LocalDate.now(clock));
    group.name = request.name().strip();
    group.description = request.description().strip();
    group.language = request.language();
    group.sizeCap = cap;
    group.joinPolicy = request.joinPolicy();
    group.facilitationHours = blankToNull(request.facilitationHours());
    group.guidelines = request.guidelines().strip();
    group.guidelinesVersion = 1;
    group.listed = request.listed() == null || request.listed();
    group.retentionDays = Objects.requireNonNullElse(request.retentionDays(), 30);
    if (request.topics() != null) {
      group.topics.addAll(new LinkedHashSet<>(request.topics()));
    }
    group.facilitators.addAll(named.isEmpty() ? List.of(caller.value()) : named);
    group.updatedAt = clock.instant().getEpochSecond();
    repository.insert(group);
    if (group.listed) {
      changed.fire(new DirectoryChanged());
    }
    return view(group);
  }

  /**
   * Makes {@code key} a facilitator of the group too (sharing the role); by a facilitator of the
   * group or an admin.
   */
  public GroupDescriptor grantFacilitator(KeyThumbprint caller, GroupId id, KeyThumbprint key) {
    return repository.update(
        id,
        group -> {
          requireFacilitatorOrAdmin(group, caller);
          group.facilitators.add(key.value());
        });
  }

  /**
   * Takes the role from {@code key} (handing it over, or stepping down); the last facilitator
   * stays.
   */
  public GroupDescriptor revokeFacilitator(KeyThumbprint caller, GroupId id, KeyThumbprint key) {
    return repository.update(
        id,
        group -> {
          requireFacilitatorOrAdmin(group, caller);
          if (group.facilitators.contains(key.value()) && group.facilitators.size() == 1) {
            throw new ApiException(
                ProblemType.CONFLICT,
                "A group keeps at least one facilitator: grant the role to someone else first.");
          }
          group.facilitators.remove(key.value());
        });
  }

  /**
   * Publishes new guidelines as the next version, which members are then asked to accept; by a
   * facilitator of the group or an admin.
   */
  public GroupDescriptor publishGuidelines(KeyThumbprint caller, GroupId id, String guidelines) {
    if (guidelines == null || guidelines.isBlank()) {
      throw KeyProofs.invalid("guidelines", "is required");
    }
    if (guidelines.strip().length() > 8000) {
      throw KeyProofs.invalid("guidelines", "must be at most 8000 characters");
    }
    return repository.update(
        id,
        group -> {
          requireFacilitatorOrAdmin(group, caller);
          group.guidelines = guidelines.strip();
          group.guidelinesVersion++;
          group.updatedAt = clock.instant().getEpochSecond();
        });
  }

  private void requireFacilitatorOrAdmin(GroupEntity group, KeyThumbprint caller) {
    if (!group.facilitators.contains(caller.value()) && !admins.isAdmin(caller)) {
      throw new ApiException(
          ProblemType.FORBIDDEN,
          "Only the group's facilitators and admins change its facilitators.");
    }
  }

  /** Every group of this instance, listed or not, for its admins. */
  public List<GroupDescriptor> all(KeyThumbprint caller) {
    admins.requireAdmin(caller);
    return repository.all().stream().map(GroupService::view).toList();
  }

  /** Lists the group in the directory (and peers' copies of it), or takes it out; admins only. */
  public GroupDescriptor setListed(KeyThumbprint caller, GroupId id, boolean listed) {
    admins.requireAdmin(caller);
    GroupDescriptor changedGroup =
        repository.update(
            id,
            group -> {
              group.listed = listed;
              group.updatedAt = clock.instant().getEpochSecond();
            });
    changed.fire(new DirectoryChanged());
    return changedGroup;
  }

  /** Whether {@code key} facilitates at least one group here. */
  public boolean facilitatesAny(KeyThumbprint key) {
    return repository.facilitatedBy(key.value()) > 0;
  }

  /** A group by id, listed or not (an unlisted group is reachable by its link). */
  public GroupDescriptor get(GroupId id) {
    return cache
        .get(id.toString(), () -> repository.find(id).map(GroupService::view))
        .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "There is no such group."));
  }

  /**
   * Listed groups, this instance's own and then those peers shared, filtered by topic and language
   * when given.
   */
  public List<GroupDescriptor> directory(String topic, String language) {
    List<GroupDescriptor> out = new ArrayList<>();
    repository.listed(language).stream()
        .filter(g -> topic == null || g.topics.contains(topic))
        .map(GroupService::view)
        .forEach(out::add);
    if (remote.isResolvable()) {
      remote.get().listings().stream()
          .filter(g -> topic == null || g.topics().contains(topic))
          .filter(g -> language == null || g.language().equals(language))
          .forEach(out::add);
    }
    return out;
  }

  /** This instance's listed groups with when each last changed, for peers. */
  public List<ListedGroup> ownListed() {
    return repository.listed(null).stream()
        .map(
            g ->
                new ListedGroup(
                    view(g),
                    g.updatedAt != null
                        ? Instant.ofEpochSecond(g.updatedAt)
                        : g.createdOn.atStartOfDay(ZoneOffset.UTC).toInstant()))
        .toList();
  }

  static GroupDescriptor view(GroupEntity g) {
    return new GroupDescriptor(
        g.id,
        g.name,
        g.description,
        g.topics.stream().sorted().toList(),
        g.language,
        g.sizeCap,
        g.joinPolicy,
        g.facilitationHours,
        g.guidelines,
        g.guidelinesVersion,
        g.listed,
        g.retentionDays,
        g.facilitators.stream().sorted().toList(),
        null,
        null,
        null,
        false,
        null,
        false);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
