package org.hearth.server.resourcelist;

/** What kind of help an entry offers. */
public enum ResourceKind {
  CRISIS_LINE,
  HELPLINE,
  SERVICE,
  CLINIC,
  WEBSITE
}
