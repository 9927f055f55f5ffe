package org.hearth.server.resourcelist;

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

/** One entry of this instance's resource list as stored. Times are seconds since the epoch. */
@Entity
@Table(name = "help_resource")
class ResourceEntity {
  @Id
  @Column(length = 36)
  String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  ResourceKind kind;

  @Column(nullable = false, length = 200)
  String name;

  @Column(length = 2000)
  String description;

  /** ISO 3166-1 alpha-2 countries, ISO 3166-2 subdivisions and UN M49 regions. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "help_resource_country", joinColumns = @JoinColumn(name = "resource_id"))
  @Column(name = "country", length = 6)
  Set<String> areas = new HashSet<>();

  /** Language tags, comma-separated, for example {@code en,sw}. */
  @Column(nullable = false, length = 100)
  String languages;

  @Column(length = 40)
  String phone;

  @Column(name = "sms_number", length = 40)
  String smsNumber;

  @Column(name = "sms_keyword", length = 40)
  String smsKeyword;

  @Column(length = 500)
  String url;

  @Column(name = "hours_always", nullable = false)
  boolean hoursAlways;

  /** The opening-hours schedule when not 24/7, read in {@link #hoursZone}. */
  @Column(length = 100)
  String hours;

  @Column(name = "hours_zone", length = 40)
  String hoursZone;

  @Enumerated(EnumType.STRING)
  @Column(length = 100)
  Cost cost;

  @Column(name = "verified_by", length = 200)
  String verifiedBy;

  @Column(name = "verified_at")
  Long verifiedAt;

  @Column(name = "review_by")
  LocalDate reviewBy;

  @Column(name = "updated_at", nullable = false)
  long updatedAt;

  @Column(name = "list_order", nullable = false)
  int position;

  protected ResourceEntity() {}

  ResourceEntity(String id) {
    this.id = id;
  }
}
