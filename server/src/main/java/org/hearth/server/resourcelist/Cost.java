package org.hearth.server.resourcelist;

/** What using a resource costs the person who reaches out. */
public enum Cost {
  FREE,
  LOW_COST,
  PAID,
  VARIES
}
