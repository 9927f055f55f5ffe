package org.hearth.server.instance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import org.hearth.crypto.Ed25519KeyPair;

/** Stores the instance key in table {@code instance_key}, each call in its own transaction. */
@ApplicationScoped
class InstanceKeyRepository {
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64URL_DECODER = Base64.getUrlDecoder();

  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Ed25519KeyPair> find() {
    InstanceKeyEntity entity =
        entityManager.find(InstanceKeyEntity.class, InstanceKeyEntity.CURRENT);
    if (entity == null) {
      return Optional.empty();
    }
    Ed25519KeyPair pair = Ed25519KeyPair.fromSeed(B64URL_DECODER.decode(entity.privateSeed));
    if (!pair.publicKey().x().equals(entity.publicKey)) {
      throw new IllegalStateException("the stored instance key does not match its public half");
    }
    return Optional.of(pair);
  }

  /** Inserts the key; fails if a key is already stored (another node won the race). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void insert(Ed25519KeyPair pair) {
    entityManager.persist(
        new InstanceKeyEntity(
            pair.publicKey().x(),
            B64URL.encodeToString(pair.seed()),
            LocalDate.now(Clock.systemUTC())));
    entityManager.flush();
  }
}
