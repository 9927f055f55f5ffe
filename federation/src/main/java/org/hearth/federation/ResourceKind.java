package org.hearth.federation;

/** What a resource entry is. */
public enum ResourceKind {
  CRISIS_LINE,
  HELPLINE,
  SERVICE,
  CLINIC,
  WEBSITE
}
