package org.hearth.server.resourcelist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Resource list entries in table {@code help_resource} and its area table. */
@ApplicationScoped
class ResourceRepository {
  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  /** Every entry, in list order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ResourceEntity> all() {
    return entityManager
        .createQuery(
            "SELECT r FROM ResourceEntity r ORDER BY r.position, r.name", ResourceEntity.class)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ResourceEntity> find(String id) {
    return Optional.ofNullable(entityManager.find(ResourceEntity.class, id));
  }

  @Transactional
  public void insert(ResourceEntity entity) {
    entityManager.persist(entity);
  }

  /** Changes an entry and returns it changed, or empty when there is none with {@code id}. */
  @Transactional
  public Optional<ResourceEntity> update(String id, Consumer<ResourceEntity> change) {
    ResourceEntity entity = entityManager.find(ResourceEntity.class, id);
    if (entity == null) {
      return Optional.empty();
    }
    change.accept(entity);
    return Optional.of(entity);
  }

  /** Deletes an entry; false when there was none. */
  @Transactional
  public boolean delete(String id) {
    ResourceEntity entity = entityManager.find(ResourceEntity.class, id);
    if (entity == null) {
      return false;
    }
    entityManager.remove(entity);
    return true;
  }
}
