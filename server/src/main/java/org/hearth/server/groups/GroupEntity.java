package org.hearth.server.groups;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A group's descriptor as stored. */
@Entity
@Table(name = "member_group")
class GroupEntity {
  @Id
  @Column(length = 36)
  String id;

  @Column(nullable = false, length = 80)
  String name;

  @Column(nullable = false, length = 1000)
  String description;

  @Column(nullable = false, length = 16)
  String language;

  @Column(name = "size_cap", nullable = false)
  int sizeCap;

  @Enumerated(EnumType.STRING)
  @Column(name = "join_policy", nullable = false, length = 16)
  JoinPolicy joinPolicy;

  @Column(name = "facilitation_hours", length = 200)
  String facilitationHours;

  @Column(nullable = false, length = 8000)
  String guidelines;

  @Column(name = "guidelines_version", nullable = false)
  int guidelinesVersion;

  @Column(nullable = false)
  boolean listed;

  @Column(name = "retention_days", nullable = false)
  int retentionDays;

  @Column(name = "created_on", nullable = false)
  LocalDate createdOn;

  /** When the public descriptor last changed, in seconds since the epoch; null before V9. */
  @Column(name = "updated_at")
  Long updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "group_topic", joinColumns = @JoinColumn(name = "group_id"))
  @Column(name = "topic", length = 32)
  Set<String> topics = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "group_facilitator", joinColumns = @JoinColumn(name = "group_id"))
  @Column(name = "thumbprint", length = 43)
  Set<String> facilitators = new HashSet<>();

  protected GroupEntity() {}

  GroupEntity(String id, LocalDate createdOn) {
    this.id = id;
    this.createdOn = createdOn;
  }
}
