package org.hearth.server.platform;

import java.io.Serializable;
import java.util.Objects;

/**
 * The composite primary key of the tables keyed by a group and a member key (group_member,
 * pending_welcome, member_mute, guidelines_acceptance, facilitator_notification): the
 * {@code @IdClass} of their entities, whose id attributes are named {@code groupId} and {@code
 * thumbprint}.
 */
public final class GroupKeyId implements Serializable {
  private static final long serialVersionUID = 1L;

  String groupId;
  String thumbprint;

  public GroupKeyId() {}

  public GroupKeyId(String groupId, String thumbprint) {
    this.groupId = groupId;
    this.thumbprint = thumbprint;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GroupKeyId k
        && Objects.equals(groupId, k.groupId)
        && Objects.equals(thumbprint, k.thumbprint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupId, thumbprint);
  }
}
