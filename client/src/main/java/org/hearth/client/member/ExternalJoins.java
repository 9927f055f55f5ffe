package org.hearth.client.member;

import java.util.Map;
import java.util.Optional;
import org.hearth.client.Base64Url;
import org.hearth.client.GroupId;
import org.hearth.client.api.GroupDelivery;
import org.hearth.client.api.HearthApiException;
import org.hearth.client.member.MemberState.Phase;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.mls.MlsException;
import org.hearth.crypto.mls.MlsMember;
import org.hearth.crypto.mls.MlsMessageIn;
import org.hearth.protocol.delivery.Accepted;
import org.hearth.protocol.delivery.CommitRequest;
import org.hearth.protocol.delivery.DeliveredMessage;
import org.hearth.protocol.delivery.GroupState;
import org.hearth.protocol.delivery.MessagePage;

/**
 * Joining an open group by external commit (RFC 9420 section 12.4.3.2) with nobody online: the
 * joined state and the commit are saved before the commit is sent, so a join whose answer was lost
 * is adopted on the next start if its commit is in the group's sequence.
 *
 * <p>Thread-safe (stateless beyond the store, which serialises writes).
 */
final class ExternalJoins {
  private final Memberships memberships;

  ExternalJoins(Memberships memberships) {
    this.memberships = memberships;
  }

  /**
   * Joins an open group by external commit from its current GroupInfo (RFC 9420 section 12.4.3.2);
   * after {@code stale-epoch}, again from the newer GroupInfo.
   */
  GroupMember join(GroupDelivery delivery, String displayName) {
    GroupId group = delivery.group();
    Ed25519KeyPair key = memberships.store().key(group);
    for (int attempt = 1; attempt <= GroupMember.MAX_ATTEMPTS; attempt++) {
      GroupState current = delivery.state();
      byte[] groupInfo = Base64Url.decode(current.groupInfo());
      requireGroupInfoOf(group, groupInfo);
      MlsMember.ExternalJoin join;
      try {
        join = MlsMember.externalJoin(groupInfo, key);
      } catch (MlsException e) {
        throw new MemberException(
            MemberException.Reason.REFUSED, "The group's GroupInfo does not check out.", e);
      }
      MemberState state =
          MemberState.fresh(Phase.JOINING, displayName).withJoinAfter(current.latestSeq());
      memberships.write(
          group,
          state,
          Map.of(
              MemberStore.EXTERNAL_JOIN, join.member().save(),
              MemberStore.EXTERNAL_COMMIT, join.commit()));
      Accepted accepted;
      try {
        accepted =
            delivery.commit(
                new CommitRequest(
                    Base64Url.encode(join.commit()), Base64Url.encode(join.groupInfo()), null));
      } catch (HearthApiException e) {
        memberships.drop(group);
        if (e.is(Problems.STALE_EPOCH)) {
          continue;
        }
        throw e;
      }
      return adopt(delivery, state, join.member(), accepted.seq());
    }
    throw new MemberException(
        MemberException.Reason.BUSY,
        "Group " + group + " kept changing while you tried to join; try again.");
  }

  /** After a crash during an external join: adopt it if its commit is in the group's sequence. */
  GroupMember settle(GroupDelivery delivery, MemberState state, Map<String, byte[]> blobs) {
    byte[] commit = blobs.get(MemberStore.EXTERNAL_COMMIT);
    long after = state.joinAfter();
    try {
      while (true) {
        MessagePage page = delivery.messages(after, GroupMember.PAGE);
        for (DeliveredMessage m : page.messages()) {
          if (m.kind().equals("commit")
              && m.data() != null
              && java.util.Arrays.equals(Base64Url.decode(m.data()), commit)) {
            return adopt(
                delivery,
                state,
                Memberships.restore(blobs.get(MemberStore.EXTERNAL_JOIN)),
                m.seq());
          }
          after = m.seq();
        }
        if (page.messages().isEmpty() || after >= page.latestSeq()) {
          break;
        }
      }
    } catch (HearthApiException e) {
      if (e.status() != 403 && e.status() != 404) {
        throw e;
      }
    }
    memberships.drop(delivery.group());
    throw new MemberException(
        MemberException.Reason.NOT_A_MEMBER,
        "Joining group " + delivery.group() + " did not go through; join again.");
  }

  private GroupMember adopt(GroupDelivery delivery, MemberState state, MlsMember mls, long seq) {
    MemberState member = state.withPhase(Phase.MEMBER).withLastSeen(seq);
    memberships.write(
        delivery.group(),
        member,
        Map.of(MemberStore.MLS, mls.save()),
        MemberStore.EXTERNAL_JOIN,
        MemberStore.EXTERNAL_COMMIT);
    return memberships.member(delivery, member, mls);
  }

  private static void requireGroupInfoOf(GroupId group, byte[] groupInfo) {
    try {
      if (!MlsMessageIn.parse(groupInfo)
          .info()
          .groupId()
          .equals(Optional.of(Memberships.mlsGroupId(group)))) {
        throw new MemberException(
            MemberException.Reason.REFUSED, "The GroupInfo is for another group than " + group);
      }
    } catch (MlsException e) {
      throw new MemberException(
          MemberException.Reason.REFUSED, "The group's GroupInfo does not check out.", e);
    }
  }
}
