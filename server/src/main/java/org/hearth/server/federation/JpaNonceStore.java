package org.hearth.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.Nonce;
import org.hearth.federation.spi.NonceStore;
import org.hearth.server.platform.Transactions;

/**
 * Seen nonces in table {@code federation_nonce}: the primary key makes a second use fail atomically
 * across all nodes. A replay is an ordinary refusal, so the insert runs through {@link
 * Transactions}.
 */
@ApplicationScoped
public class JpaNonceStore implements NonceStore {
  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  @Inject Transactions transactions;

  @Override
  public boolean firstUse(KeyThumbprint sender, Nonce nonce, Instant expiresAt) {
    String id = sender.value() + ":" + nonce.value();
    try {
      return transactions.run(
          () -> {
            if (entityManager.find(NonceEntity.class, id) != null) {
              return false;
            }
            entityManager.persist(new NonceEntity(id, expiresAt.getEpochSecond()));
            entityManager.flush();
            return true;
          });
    } catch (RuntimeException e) {
      return false; // another node recorded it at the same moment
    }
  }
}
