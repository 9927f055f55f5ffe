package org.hearth.server.instance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named 256-bit secrets of the instance (for example the session-token key), made on first use and
 * stored so that every node and every restart uses the same one.
 */
@ApplicationScoped
public class InstanceSecrets {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Store store;

  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  /** The secret called {@code name}; a copy the caller may keep. */
  public byte[] secret(String name) {
    return cache.computeIfAbsent(name, this::loadOrCreate).clone();
  }

  private byte[] loadOrCreate(String name) {
    String stored = store.find(name);
    if (stored == null) {
      byte[] fresh = new byte[32];
      RANDOM.nextBytes(fresh);
      try {
        store.insert(name, Base64.getUrlEncoder().withoutPadding().encodeToString(fresh));
      } catch (RuntimeException e) {
        // Another node stored it first; read theirs below.
      }
      stored = store.find(name);
    }
    if (stored == null) {
      throw new IllegalStateException("the instance secret " + name + " could not be stored");
    }
    return Base64.getUrlDecoder().decode(stored);
  }

  /** Storage of secrets in table {@code instance_secret}, each call its own transaction. */
  @ApplicationScoped
  static class Store {
    @PersistenceContext(unitName = "hearth")
    EntityManager entityManager;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String find(String name) {
      InstanceSecretEntity entity = entityManager.find(InstanceSecretEntity.class, name);
      return entity == null ? null : entity.secret;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(String name, String secret) {
      entityManager.persist(
          new InstanceSecretEntity(name, secret, LocalDate.now(Clock.systemUTC())));
      entityManager.flush();
    }
  }
}
