package org.hearth.server.resourcelist;

import java.util.List;

/**
 * Entries peers shared, as this instance shows them (federation implements it). Local and remote
 * entries are merged by {@link ResourceListService}.
 */
public interface RemoteResources {
  /** Every remote entry now shown, already filtered by the admin's choices and by age. */
  List<HelpEntry> entries();
}
