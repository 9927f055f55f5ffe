package org.hearth.server.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One facilitator key's e-mail address for notices about one group. */
@Entity
@Table(name = "facilitator_notification")
@IdClass(NotificationAddressEntity.Key.class)
class NotificationAddressEntity {
  @Id
  @Column(name = "group_id")
  String groupId;

  @Id
  @Column(name = "thumbprint")
  String thumbprint;

  @Column(name = "address", nullable = false)
  String address;

  /** When the last notice went out, rounded down to the minute; null before the first. */
  @Column(name = "last_sent_at")
  Long lastSentAt;

  protected NotificationAddressEntity() {}

  NotificationAddressEntity(String groupId, String thumbprint, String address) {
    this.groupId = groupId;
    this.thumbprint = thumbprint;
    this.address = address;
  }

  /** The composite primary key. */
  public static class Key implements Serializable {
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
      return other instanceof Key key
          && key.groupId.equals(groupId)
          && key.thumbprint.equals(thumbprint);
    }

    @Override
    public int hashCode() {
      return Objects.hash(groupId, thumbprint);
    }
  }
}
