package org.hearth.server.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.server.admin.AdminService;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.groups.GroupDescriptor;
import org.hearth.server.groups.GroupId;
import org.hearth.server.groups.GroupService;

/** Who may do what in a group: members, facilitators, admins. */
@ApplicationScoped
class GroupAccess {
  @Inject GroupService groups;
  @Inject AdminService admins;
  @Inject GroupLedger ledger;

  /** The group's descriptor, or 404. */
  GroupDescriptor group(GroupId id) {
    return groups.get(id);
  }

  boolean facilitates(GroupDescriptor group, KeyThumbprint key) {
    return group.facilitators().contains(key.value());
  }

  /** Facilitators of the group and the instance's admins. */
  void requireFacilitatorOrAdmin(GroupDescriptor group, KeyThumbprint key, String action) {
    if (!facilitates(group, key) && !admins.isAdmin(key)) {
      throw new ApiException(
          ProblemType.FORBIDDEN, "Only the group's facilitators " + action + ".");
    }
  }

  /** Keys with a leaf in the group's current tree. */
  void requireMember(GroupDescriptor group, KeyThumbprint key) {
    if (!ledger.isMember(group.id(), key.value())) {
      throw new ApiException(
          ProblemType.FORBIDDEN,
          "This key is not a member of the group. Sign in with the key you use in this group.");
    }
  }
}
