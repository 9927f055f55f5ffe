package org.hearth.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.EntryId;
import org.hearth.federation.EntryKey;

/** Entries from other instances that the admin hid, in table {@code federation_hidden_entry}. */
@ApplicationScoped
public class HiddenEntries {
  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<EntryKey> all() {
    return entityManager
        .createQuery("SELECT h FROM HiddenEntryEntity h", HiddenEntryEntity.class)
        .getResultList()
        .stream()
        .map(h -> new EntryKey(new KeyThumbprint(h.origin), new EntryId(h.entryId)))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Hides an entry; true if it was not hidden before. */
  @Transactional
  public boolean hide(EntryKey key, Instant now) {
    String id = key.origin().value() + ":" + key.id().value();
    if (entityManager.find(HiddenEntryEntity.class, id) != null) {
      return false;
    }
    entityManager.persist(
        new HiddenEntryEntity(key.origin().value(), key.id().value(), now.getEpochSecond()));
    return true;
  }

  /** Shows an entry again; true if it was hidden. */
  @Transactional
  public boolean show(EntryKey key) {
    HiddenEntryEntity e =
        entityManager.find(HiddenEntryEntity.class, key.origin().value() + ":" + key.id().value());
    if (e == null) {
      return false;
    }
    entityManager.remove(e);
    return true;
  }
}
