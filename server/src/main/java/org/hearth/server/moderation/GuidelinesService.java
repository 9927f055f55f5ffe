package org.hearth.server.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.protocol.moderation.GuidelinesStatus;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.groups.GroupDescriptor;
import org.hearth.server.groups.GroupId;
import org.hearth.server.groups.GroupService;
import org.hearth.server.identity.KeyProofs;
import org.hearth.server.platform.GroupKeyId;
import org.hearth.server.platform.Transactions;

/**
 * Guidelines versions: a key accepts the group's current version when joining, and again when
 * facilitators publish a new one. Only the group key and the version are recorded; a key that is
 * not a member is forgotten {@value #KEEP_DAYS} days after it last accepted.
 */
@ApplicationScoped
public class GuidelinesService {
  static final long KEEP_DAYS = 30;

  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  @Inject GroupService groups;
  @Inject Transactions transactions;

  Clock clock = Clock.systemUTC();

  /** The current guidelines and what this key accepted. */
  public GuidelinesStatus status(KeyThumbprint caller, GroupId id) {
    GroupDescriptor group = groups.get(id);
    GuidelinesAcceptanceEntity accepted = find(id, caller);
    return new GuidelinesStatus(
        group.guidelinesVersion(), group.guidelines(), accepted == null ? 0 : accepted.version);
  }

  /** Records that this key accepted {@code version}, which must be the current one. */
  public GuidelinesStatus accept(KeyThumbprint caller, GroupId id, Integer version) {
    GroupDescriptor group = groups.get(id);
    if (version == null) {
      throw KeyProofs.invalid("version", "is required");
    }
    if (version != group.guidelinesVersion()) {
      throw new ApiException(
          ProblemType.CONFLICT,
          "The guidelines are at version "
              + group.guidelinesVersion()
              + " now: read them again before accepting.");
    }
    long expires = clock.instant().plus(Duration.ofDays(KEEP_DAYS)).getEpochSecond();
    transactions.run(
        () -> {
          GuidelinesAcceptanceEntity row = find(id, caller);
          if (row == null) {
            row = new GuidelinesAcceptanceEntity(id.toString(), caller.value());
            row.version = version;
            row.expiresAt = expires;
            entityManager.persist(row);
          } else {
            row.version = version;
            row.expiresAt = expires;
          }
        });
    return new GuidelinesStatus(group.guidelinesVersion(), group.guidelines(), version);
  }

  /** Publishes new guidelines (facilitators and admins); members are asked to accept them. */
  public GuidelinesStatus publish(KeyThumbprint caller, GroupId id, String guidelines) {
    GroupDescriptor group = groups.publishGuidelines(caller, id, guidelines);
    GuidelinesAcceptanceEntity accepted = find(id, caller);
    return new GuidelinesStatus(
        group.guidelinesVersion(), group.guidelines(), accepted == null ? 0 : accepted.version);
  }

  private GuidelinesAcceptanceEntity find(GroupId id, KeyThumbprint key) {
    return entityManager.find(
        GuidelinesAcceptanceEntity.class, new GroupKeyId(id.toString(), key.value()));
  }
}
