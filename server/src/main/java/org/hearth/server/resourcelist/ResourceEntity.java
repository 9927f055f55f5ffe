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

/** One entry of the resource list as stored. */
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

  @Column(length = 1000)
  String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "help_resource_country", joinColumns = @JoinColumn(name = "resource_id"))
  @Column(name = "country", length = 2)
  Set<String> countries = new HashSet<>();

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

  @Column(length = 100)
  String hours;

  @Column(length = 100)
  String cost;

  @Column(name = "verified_by", length = 200)
  String verifiedBy;

  @Column(name = "verified_on")
  LocalDate verifiedOn;

  @Column(name = "review_by")
  LocalDate reviewBy;

  @Column(name = "list_order", nullable = false)
  int position;

  protected ResourceEntity() {}
}
