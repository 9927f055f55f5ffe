package org.hearth.server.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.mls.KeyPackageIn;
import org.hearth.crypto.mls.MlsException;
import org.hearth.crypto.mls.VerifiedKeyPackage;
import org.hearth.server.admin.AdminService;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.groups.GroupService;

/**
 * KeyPackages (RFC 9420 section 10): a member uploads KeyPackages made with their own key; a
 * facilitator (or admin) claims one to add that member, and each is handed out once.
 */
@ApplicationScoped
public class KeyPackageService {
  /** How many KeyPackages one key may have waiting. */
  public static final int MAX_WAITING = 10;

  /** The longest a KeyPackage is kept, whatever lifetime it claims. */
  public static final Duration MAX_KEEP = Duration.ofDays(30);

  @Inject KeyPackageRepository repository;
  @Inject AdminService admins;
  @Inject GroupService groups;

  Clock clock = Clock.systemUTC();

  /** Checks and stores a KeyPackage of the signed-in key; returns when it expires here. */
  public Instant upload(KeyThumbprint caller, byte[] keyPackage) {
    Instant now = clock.instant();
    VerifiedKeyPackage verified;
    try {
      verified = KeyPackageIn.of(keyPackage).validate(now);
    } catch (MlsException e) {
      throw new ApiException(
          ProblemType.VALIDATION,
          "This is not a valid KeyPackage for this instance: " + e.getMessage());
    }
    if (!verified.member().equals(caller)) {
      throw new ApiException(
          ProblemType.FORBIDDEN, "A KeyPackage must be made with the key that uploads it.");
    }
    Instant keepUntil = now.plus(MAX_KEEP);
    Instant expires = verified.notAfter().isBefore(keepUntil) ? verified.notAfter() : keepUntil;
    boolean stored =
        repository.insertWithin(
            new KeyPackageEntity(
                UUID.randomUUID().toString(),
                caller.value(),
                verified.keyPackage(),
                expires.getEpochSecond()),
            MAX_WAITING,
            now.getEpochSecond());
    if (!stored) {
      throw new ApiException(
          ProblemType.CONFLICT,
          "This key already has " + MAX_WAITING + " KeyPackages waiting; more are not needed.");
    }
    return expires;
  }

  /** Hands out one KeyPackage of {@code owner} to a facilitator or admin, and forgets it. */
  public byte[] claim(KeyThumbprint caller, KeyThumbprint owner) {
    if (!admins.isAdmin(caller) && !groups.facilitatesAny(caller)) {
      throw new ApiException(
          ProblemType.FORBIDDEN, "Only facilitators and admins add members with KeyPackages.");
    }
    return repository
        .claim(owner.value(), clock.instant().getEpochSecond())
        .orElseThrow(
            () -> new ApiException(ProblemType.NOT_FOUND, "This key has no KeyPackage waiting."));
  }

  /** How many KeyPackages of {@code owner} are waiting. */
  public long waiting(KeyThumbprint owner) {
    return repository.waiting(owner.value(), clock.instant().getEpochSecond());
  }
}
