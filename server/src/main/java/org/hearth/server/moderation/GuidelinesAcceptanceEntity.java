package org.hearth.server.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The guidelines version a group key accepted (see V12): nothing else about the key. */
@Entity
@Table(name = "guidelines_acceptance")
@IdClass(GuidelinesAcceptanceEntity.Key.class)
class GuidelinesAcceptanceEntity {
  @Id
  @Column(name = "group_id", length = 36)
  String groupId;

  @Id
  @Column(length = 43)
  String thumbprint;

  @Column(nullable = false)
  int version;

  @Column(name = "expires_at", nullable = false)
  long expiresAt;

  protected GuidelinesAcceptanceEntity() {}

  GuidelinesAcceptanceEntity(String groupId, String thumbprint) {
    this.groupId = groupId;
    this.thumbprint = thumbprint;
  }

  /** The composite key (groupId, thumbprint). */
  public static final class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String groupId;
    String thumbprint;

    public Key() {}

    Key(String groupId, String thumbprint) {
      this.groupId = groupId;
      this.thumbprint = thumbprint;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && Objects.equals(groupId, k.groupId)
          && Objects.equals(thumbprint, k.thumbprint);
    }

    @Override
    public int hashCode() {
      return Objects.hash(groupId, thumbprint);
    }
  }
}
