package org.hearth.server.resourcelist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads resource list entries from table {@code help_resource}. */
@ApplicationScoped
class ResourceRepository {
  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  /** Entries for any of {@code countries}, in list order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ResourceEntity> forCountries(List<String> countries) {
    return entityManager
        .createQuery(
            "SELECT DISTINCT r FROM ResourceEntity r JOIN r.countries c"
                + " WHERE c IN :countries ORDER BY r.position, r.name",
            ResourceEntity.class)
        .setParameter("countries", countries)
        .getResultList();
  }

  /** Every country that has at least one entry. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> countries() {
    return entityManager
        .createQuery("SELECT DISTINCT c FROM ResourceEntity r JOIN r.countries c", String.class)
        .getResultList()
        .stream()
        .sorted()
        .toList();
  }
}
