package org.hearth.server.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Group descriptors in table {@code member_group} and its topic and facilitator tables. */
@ApplicationScoped
class GroupRepository {
  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  @jakarta.inject.Inject DescriptorCache cache;

  @Transactional
  public void insert(GroupEntity group) {
    entityManager.persist(group);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<GroupEntity> find(GroupId id) {
    return Optional.ofNullable(entityManager.find(GroupEntity.class, id.toString()));
  }

  /** How many groups {@code thumbprint} facilitates. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long facilitatedBy(String thumbprint) {
    return entityManager
        .createQuery(
            "SELECT COUNT(g) FROM GroupEntity g JOIN g.facilitators f WHERE f = :key", Long.class)
        .setParameter("key", thumbprint)
        .getSingleResult();
  }

  /** Listed groups, optionally of one language, by name. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<GroupEntity> listed(String language) {
    String where = language == null ? "" : " AND g.language = :language";
    var query =
        entityManager.createQuery(
            "SELECT g FROM GroupEntity g WHERE g.listed = TRUE" + where + " ORDER BY g.name",
            GroupEntity.class);
    if (language != null) {
      query.setParameter("language", language);
    }
    return query.getResultList();
  }

  /** Every group of this instance, listed or not, by name. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<GroupEntity> all() {
    return entityManager
        .createQuery("SELECT g FROM GroupEntity g ORDER BY g.name", GroupEntity.class)
        .getResultList();
  }

  /** Changes a group under a row lock and returns its new descriptor; 404 when it is unknown. */
  @Transactional
  public GroupDescriptor update(GroupId id, java.util.function.Consumer<GroupEntity> change) {
    GroupEntity group =
        entityManager.find(
            GroupEntity.class, id.toString(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (group == null) {
      throw new org.hearth.server.api.ApiException(
          org.hearth.server.api.ProblemType.NOT_FOUND, "There is no such group.");
    }
    cache.changing(group.id);
    change.accept(group);
    return GroupService.view(group);
  }
}
