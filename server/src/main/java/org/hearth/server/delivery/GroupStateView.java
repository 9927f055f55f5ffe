package org.hearth.server.delivery;

import org.hearth.protocol.delivery.GroupState;

/** Builds the wire view of a group's current epoch. */
final class GroupStateView {
  private GroupStateView() {}

  static GroupState of(MlsGroupEntity state) {
    return new GroupState(
        state.epoch, Wire.encode(state.groupInfo), state.memberCount, state.lastSeq);
  }
}
