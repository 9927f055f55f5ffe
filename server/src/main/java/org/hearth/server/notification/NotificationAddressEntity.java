package org.hearth.server.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hearth.server.platform.GroupKeyId;

/** One facilitator key's e-mail address for notices about one group. */
@Entity
@Table(name = "facilitator_notification")
@IdClass(GroupKeyId.class)
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
}
