package org.hearth.server.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.protocol.moderation.NotificationSetting;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.groups.GroupDescriptor;
import org.hearth.server.groups.GroupId;
import org.hearth.server.groups.GroupService;
import org.hearth.server.identity.KeyProofs;
import org.hearth.server.privacy.Coarsening;

/**
 * Facilitators' opt-in e-mail notices: a facilitator key sets, sees and removes its one address for
 * a group; when a verified report or a join request waits in the group, each opted-in facilitator
 * due a notice gets one, sent off the request thread after the work committed. A mail failure never
 * reaches the member whose report or request caused it.
 */
@ApplicationScoped
public class NotificationService {
  private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());

  @Inject GroupService groups;
  @Inject NotificationAddresses addresses;
  @Inject NotificationSettings settings;
  @Inject Mailer mailer;

  @Resource ManagedExecutorService executor;

  Clock clock = Clock.systemUTC();

  private CompletableFuture<Void> queue = CompletableFuture.completedFuture(null);

  /** What the facilitator {@code caller} has set for the group. */
  public NotificationSetting setting(KeyThumbprint caller, GroupId id) {
    requireFacilitator(caller, id);
    return view(addresses.find(id.toString(), caller.value()).orElse(null));
  }

  /** Opts the facilitator {@code caller} in with {@code text}, or changes the address. */
  public NotificationSetting opt(KeyThumbprint caller, GroupId id, String text) {
    requireFacilitator(caller, id);
    if (!settings.enabled()) {
      throw new ApiException(
          ProblemType.CONFLICT,
          "This instance has no mail server set up, so it sends no notices. Ask its admin.");
    }
    if (text == null || text.isBlank()) {
      throw KeyProofs.invalid("address", "is required");
    }
    EmailAddress address =
        EmailAddress.parse(text)
            .orElseThrow(
                () ->
                    KeyProofs.invalid(
                        "address",
                        "must be one e-mail address like name@example.org, at most "
                            + EmailAddress.MAX_LENGTH
                            + " characters"));
    addresses.put(id.toString(), caller.value(), address);
    return view(address.value());
  }

  /**
   * Deletes {@code caller}'s address for the group at once. Any key may remove its own address,
   * also after it stopped facilitating; there may be none.
   */
  public void remove(KeyThumbprint caller, GroupId id) {
    addresses.delete(id.toString(), caller.value());
  }

  /**
   * Tells the group's opted-in facilitators that something waits, once the caller's work has
   * committed. Returns at once; sending happens on another thread.
   */
  public void somethingWaits(GroupId id) {
    if (!settings.enabled()) {
      return;
    }
    synchronized (this) {
      // One notice round at a time, in order: the mail server sees one connection from this node,
      // and a round that finds a facilitator throttled has seen every earlier round's claim.
      queue = queue.handle((done, failed) -> done).thenRunAsync(() -> notify(id), executor);
    }
  }

  private void notify(GroupId id) {
    List<String> due;
    try {
      long now = clock.instant().getEpochSecond();
      due =
          addresses.claimDue(
              id.toString(),
              Coarsening.MINUTE.floor(now) - settings.interval().toSeconds(),
              Coarsening.MINUTE.floor(now));
    } catch (RuntimeException e) {
      mailer.countFailed();
      LOG.warning("Facilitator notices could not be prepared (" + e.getClass() + ")");
      return;
    }
    for (String address : due) {
      try {
        mailer.sendNotice(address);
        mailer.countSent();
      } catch (MessagingException | RuntimeException e) {
        mailer.countFailed();
        // The exception's message may name the address: only its kind is logged.
        LOG.warning("The mail server did not take a facilitator notice (" + e.getClass() + ")");
      }
    }
  }

  /** Deletes the addresses of keys that no longer facilitate their group; returns how many. */
  public int purgeFormerFacilitators() {
    return addresses.purgeFormerFacilitators();
  }

  private NotificationSetting view(String address) {
    return new NotificationSetting(settings.enabled(), address, settings.interval().toString());
  }

  private void requireFacilitator(KeyThumbprint caller, GroupId id) {
    GroupDescriptor group = groups.get(id);
    if (!group.facilitators().contains(caller.value())) {
      throw new ApiException(
          ProblemType.FORBIDDEN, "Only the group's facilitators receive notices.");
    }
  }
}
