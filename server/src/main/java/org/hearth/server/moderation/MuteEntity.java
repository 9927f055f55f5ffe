package org.hearth.server.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A member the group refuses application messages from until {@code mutedUntil}. */
@Entity
@Table(name = "member_mute")
@IdClass(MuteEntity.Key.class)
class MuteEntity {
  @Id
  @Column(name = "group_id", length = 36)
  String groupId;

  @Id
  @Column(length = 43)
  String thumbprint;

  @Column(name = "muted_until", nullable = false)
  long mutedUntil;

  protected MuteEntity() {}

  MuteEntity(String groupId, String thumbprint, long mutedUntil) {
    this.groupId = groupId;
    this.thumbprint = thumbprint;
    this.mutedUntil = mutedUntil;
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
