package org.hearth.server.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.Fingerprint;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.jose.SessionToken;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.identity.SignInService;

/** Who administers this instance: setup of the first admin, adding and revoking admin keys. */
@ApplicationScoped
public class AdminService {
  @Inject AdminRepository repository;
  @Inject SignInService signIn;
  @Inject AdminBootstrap bootstrap;

  Clock clock = Clock.systemUTC();

  /** Whether {@code key} is an active admin key. */
  public boolean isAdmin(KeyThumbprint key) {
    return repository.find(key.value()).map(a -> a.revokedOn == null).orElse(false);
  }

  /** Throws 403 unless {@code key} is an active admin key. */
  public void requireAdmin(KeyThumbprint key) {
    if (!isAdmin(key)) {
      throw new ApiException(ProblemType.FORBIDDEN, "Only an admin of this instance may do this.");
    }
  }

  public List<AdminKey> keys() {
    return repository.all().stream().map(AdminService::view).toList();
  }

  /**
   * Registers the first admin (or a recovering one): the setup code from the server's data
   * directory plus a signed sign-in challenge proving possession of the key.
   */
  public SessionToken setUp(
      String setupCode, String challenge, Ed25519PublicKey key, byte[] signature) {
    SessionToken session = signIn.signIn(challenge, key, signature);
    boolean redeemed =
        repository.redeemSetup(
            SetupCodes.hash(setupCode),
            clock.instant().getEpochSecond(),
            new AdminKeyEntity(key.thumbprint().value(), key.x(), LocalDate.now(clock)));
    if (!redeemed) {
      throw new ApiException(
          ProblemType.FORBIDDEN,
          "The setup code is not valid or has expired. Restart Hearth for a new one, or see the"
              + " recovery steps in the README.");
    }
    bootstrap.forgetCodeFile();
    return session;
  }

  /** Adds another admin key; the caller must be an admin. */
  public AdminKey add(KeyThumbprint caller, Ed25519PublicKey key) {
    requireAdmin(caller);
    var existing = repository.find(key.thumbprint().value());
    if (existing.isPresent() && existing.get().revokedOn == null) {
      throw new ApiException(ProblemType.CONFLICT, "This key is already an admin key.");
    }
    if (existing.isPresent()) {
      throw new ApiException(
          ProblemType.CONFLICT, "This key was revoked; a revoked admin key is not reinstated.");
    }
    AdminKeyEntity entity =
        new AdminKeyEntity(key.thumbprint().value(), key.x(), LocalDate.now(clock));
    repository.insert(entity);
    return view(entity);
  }

  /** Revokes an admin key; the last active key cannot be revoked. */
  public void revoke(KeyThumbprint caller, KeyThumbprint target) {
    requireAdmin(caller);
    if (repository.find(target.value()).isEmpty()) {
      throw new ApiException(ProblemType.NOT_FOUND, "There is no admin key with this thumbprint.");
    }
    if (!repository.revokeUnlessLast(target.value(), LocalDate.now(clock))) {
      throw new ApiException(
          ProblemType.CONFLICT, "This is the last admin key; add another before revoking it.");
    }
  }

  private static AdminKey view(AdminKeyEntity e) {
    KeyThumbprint thumbprint = new KeyThumbprint(e.thumbprint);
    return new AdminKey(e.thumbprint, Fingerprint.of(thumbprint).value(), e.addedOn, e.revokedOn);
  }
}
