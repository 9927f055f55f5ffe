package org.hearth.server.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A key with a leaf in a group's current ratchet tree. */
@Entity
@Table(name = "group_member")
@IdClass(GroupMemberEntity.Key.class)
class GroupMemberEntity {
  @Id
  @Column(name = "group_id", length = 36)
  String groupId;

  @Id
  @Column(length = 43)
  String thumbprint;

  protected GroupMemberEntity() {}

  GroupMemberEntity(String groupId, String thumbprint) {
    this.groupId = groupId;
    this.thumbprint = thumbprint;
  }

  /** The composite key (groupId, thumbprint), also of {@link WelcomeEntity}. */
  public static final class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String groupId;
    String thumbprint;

    public Key() {}

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
