package org.hearth.server.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.mls.KeyPackageIn;
import org.hearth.crypto.mls.MlsException;
import org.hearth.crypto.mls.VerifiedKeyPackage;
import org.hearth.protocol.delivery.Invite;
import org.hearth.protocol.delivery.PendingJoin;
import org.hearth.protocol.delivery.WelcomeMessage;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.groups.GroupDescriptor;
import org.hearth.server.groups.GroupId;
import org.hearth.server.groups.JoinPolicy;
import org.hearth.server.identity.KeyProofs;
import org.hearth.server.notification.NotificationService;
import org.hearth.server.platform.Transactions;
import org.hearth.server.privacy.Coarsening;

/**
 * How newcomers get into approval and invite-only groups (join requests, invite codes, Welcomes),
 * and how a member leaves and takes their data with them.
 */
@ApplicationScoped
public class JoinService {
  /** How long a join request waits for a facilitator. */
  static final Duration REQUEST_KEEP = Duration.ofDays(14);

  static final int DEFAULT_INVITE_HOURS = 72;
  static final int MAX_INVITE_HOURS = 14 * 24;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

  @Inject GroupAccess access;
  @Inject GroupLedger ledger;
  @Inject JoinLedger joins;
  @Inject JoinThrottle throttle;
  @Inject KeyPackageRepository keyPackages;

  @Inject Transactions transactions;
  @Inject NotificationService notices;

  Clock clock = Clock.systemUTC();

  /** Asks to join an approval group, or an invite-only one with a code. */
  public PendingJoin request(
      KeyThumbprint caller, GroupId id, byte[] keyPackage, String inviteCode) {
    PendingJoin pending =
        transactions.run(
            () -> {
              GroupDescriptor group = access.group(id);
              long now = clock.instant().getEpochSecond();
              if (group.joinPolicy() == JoinPolicy.OPEN) {
                throw new ApiException(
                    ProblemType.CONFLICT,
                    "This group is open: join it directly by an external commit, no request needed.");
              }
              VerifiedKeyPackage verified;
              try {
                verified = KeyPackageIn.of(keyPackage).validate(clock.instant());
              } catch (MlsException e) {
                throw KeyProofs.invalid(
                    "keyPackage", "is not a valid KeyPackage: " + e.getMessage());
              }
              if (!verified.member().equals(caller)) {
                throw new ApiException(
                    ProblemType.FORBIDDEN,
                    "The KeyPackage must be made with the key that asks to join.");
              }
              if (ledger.isMember(group.id(), caller.value())) {
                throw new ApiException(
                    ProblemType.CONFLICT, "This key is a member of the group already.");
              }
              if (joins.requestOf(group.id(), caller.value(), now).isPresent()) {
                throw new ApiException(
                    ProblemType.CONFLICT,
                    "This key has asked to join already; the request is waiting.");
              }
              ledger
                  .current(group.id())
                  .filter(state -> state.memberCount >= group.sizeCap())
                  .ifPresent(
                      state -> {
                        throw new ApiException(
                            ProblemType.GROUP_FULL,
                            "The group is full: it has room for " + group.sizeCap() + " members.");
                      });
              if (group.joinPolicy() == JoinPolicy.INVITE_ONLY) {
                if (inviteCode == null || inviteCode.isBlank()) {
                  throw KeyProofs.invalid(
                      "inviteCode", "is required: this group is joined by invitation");
                }
                if (!joins.redeem(group.id(), hash(inviteCode), now)) {
                  throw new ApiException(
                      ProblemType.FORBIDDEN,
                      "This invite code does not work: it is unknown, used already or expired.");
                }
              }
              throttle.acquire(group);
              // Requests are kept to the hour: the queue needs their order, not their second.
              long requested = Coarsening.HOUR.floor(now);
              long expires =
                  Math.min(
                      requested + REQUEST_KEEP.toSeconds(), verified.notAfter().getEpochSecond());
              JoinRequestEntity request =
                  new JoinRequestEntity(
                      UUID.randomUUID().toString(),
                      group.id(),
                      caller.value(),
                      keyPackage,
                      requested,
                      expires);
              joins.request(request);
              return view(request, false);
            });
    notices.somethingWaits(id);
    return pending;
  }

  /** The waiting requests, with KeyPackages, for the group's facilitators. */
  public List<PendingJoin> requests(KeyThumbprint caller, GroupId id) {
    GroupDescriptor group = access.group(id);
    access.requireFacilitatorOrAdmin(group, caller, "see join requests");
    return joins.requests(group.id(), clock.instant().getEpochSecond()).stream()
        .map(r -> view(r, true))
        .toList();
  }

  /** The caller's own waiting request. */
  public PendingJoin mine(KeyThumbprint caller, GroupId id) {
    GroupDescriptor group = access.group(id);
    return joins
        .requestOf(group.id(), caller.value(), clock.instant().getEpochSecond())
        .map(r -> view(r, false))
        .orElseThrow(
            () ->
                new ApiException(
                    ProblemType.NOT_FOUND,
                    "This key has no join request waiting (it was answered, declined or never"
                        + " made)."));
  }

  /** A facilitator declines a request, or its requester withdraws it. */
  public void drop(KeyThumbprint caller, GroupId id, String requestId) {
    transactions.run(
        () -> {
          GroupDescriptor group = access.group(id);
          JoinRequestEntity request =
              joins
                  .request(requestId)
                  .filter(r -> r.groupId.equals(group.id()))
                  .orElseThrow(
                      () ->
                          new ApiException(
                              ProblemType.NOT_FOUND, "There is no such join request."));
          if (!request.thumbprint.equals(caller.value())) {
            access.requireFacilitatorOrAdmin(group, caller, "decline join requests");
          }
          joins.deleteRequest(request.id);
        });
  }

  /** Makes an invite code for an invite-only group. */
  public Invite invite(KeyThumbprint caller, GroupId id, Integer validHours) {
    return transactions.run(
        () -> {
          GroupDescriptor group = access.group(id);
          access.requireFacilitatorOrAdmin(group, caller, "make invite codes");
          int hours = validHours == null ? DEFAULT_INVITE_HOURS : validHours;
          if (hours < 1 || hours > MAX_INVITE_HOURS) {
            throw KeyProofs.invalid("validHours", "must be from 1 to " + MAX_INVITE_HOURS);
          }
          if (group.joinPolicy() != JoinPolicy.INVITE_ONLY) {
            throw new ApiException(
                ProblemType.CONFLICT,
                "Invite codes are for invite-only groups; this group is "
                    + group.joinPolicy().name().toLowerCase(Locale.ROOT).replace('_', '-')
                    + ".");
          }
          String code = newCode();
          long expires = clock.instant().getEpochSecond() + Duration.ofHours(hours).toSeconds();
          joins.invite(new InviteEntity(hash(code), group.id(), expires));
          return new Invite(code, expires);
        });
  }

  /** The Welcome waiting for the caller. */
  public WelcomeMessage welcome(KeyThumbprint caller, GroupId id) {
    GroupDescriptor group = access.group(id);
    return joins
        .welcomeFor(group.id(), caller.value(), clock.instant().getEpochSecond())
        .map(w -> new WelcomeMessage(Wire.encode(w.data), w.seq, w.epoch))
        .orElseThrow(
            () ->
                new ApiException(
                    ProblemType.NOT_FOUND, "No Welcome is waiting for this key in this group."));
  }

  public void welcomed(KeyThumbprint caller, GroupId id) {
    transactions.run(
        () -> {
          GroupDescriptor group = access.group(id);
          if (!joins.deleteWelcome(group.id(), caller.value())) {
            throw new ApiException(
                ProblemType.NOT_FOUND, "No Welcome is waiting for this key in this group.");
          }
        });
  }

  /**
   * Deletes what the server holds about the caller's key in the group: membership, join request,
   * Welcome, KeyPackages; its messages stay for the others as ciphertext, no longer linked to it.
   */
  public void leave(KeyThumbprint caller, GroupId id) {
    transactions.run(
        () -> {
          GroupDescriptor group = access.group(id);
          ledger.removeMember(group.id(), caller.value());
          joins.forgetAll(group.id(), List.of(caller.value()));
          keyPackages.deleteAll(caller.value());
          ledger.unlinkAuthor(group.id(), caller.value());
        });
  }

  private static PendingJoin view(JoinRequestEntity r, boolean withKeyPackage) {
    return new PendingJoin(
        r.id,
        r.thumbprint,
        withKeyPackage ? Wire.encode(r.keyPackage) : null,
        r.createdAt,
        r.expiresAt);
  }

  /** Twenty characters that are easy to read aloud, in groups of five (about 99 bits). */
  private static String newCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      if (i > 0 && i % 5 == 0) {
        code.append('-');
      }
      code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
    }
    return code.toString();
  }

  /** The stored form of a code: SHA-256 of it without separators, in lower case. */
  static String hash(String code) {
    String normal = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
