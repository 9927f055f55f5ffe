package org.hearth.server.groups;

import java.util.List;

/** Groups peers listed, as this instance shows them in its directory (federation implements it). */
public interface RemoteListings {
  /** Every remote group now shown, already filtered by the admin's choices and by age. */
  List<GroupDescriptor> listings();
}
