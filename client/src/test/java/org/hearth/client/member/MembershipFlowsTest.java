package org.hearth.client.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hearth.client.GroupId;
import org.hearth.client.api.HearthApiException;
import org.hearth.client.api.JoinPolicy;
import org.hearth.client.testing.FakeHearth;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.protocol.content.Post;
import org.hearth.protocol.delivery.Accepted;
import org.hearth.protocol.delivery.InviteRequest;
import org.hearth.protocol.delivery.PendingJoin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Several in-process members with real MLS joining, talking and leaving through a fake Hearth. */
class MembershipFlowsTest {
  @RegisterExtension final FakeHearth hearth = new FakeHearth();

  final Person alice = new Person("alice", hearth);
  final Person bob = new Person("bob", hearth);
  final Person carol = new Person("carol", hearth);

  /** A group of {@code policy} started by Alice as its facilitator. */
  GroupId startedBy(Person facilitator, JoinPolicy policy) {
    GroupId group = hearth.createGroup(policy);
    hearth.group(group).facilitate(facilitator.key(group));
    facilitator.memberships.start(group, facilitator.name);
    return group;
  }

  /** {@code joiner} asks, the facilitator accepts, the joiner finishes with the Welcome. */
  void joinByApproval(Person facilitator, Person joiner, GroupId group) {
    PendingJoin request = joiner.memberships.requestJoin(group, joiner.name, null);
    assertNull(request.keyPackage(), "the requester is not shown its KeyPackage again");
    assertEquals(Memberships.JoinStatus.WAITING, joiner.memberships.finishJoin(group).status());
    GroupMember admitting = facilitator.member(group);
    List<PendingJoin> waiting = admitting.delivery().joinRequests();
    assertEquals(
        List.of(joiner.key(group).value()), waiting.stream().map(PendingJoin::thumbprint).toList());
    admitting.accept(waiting);
    assertEquals(Memberships.JoinStatus.JOINED, joiner.memberships.finishJoin(group).status());
  }

  @Test
  void anApprovalJoinThenMessagesBothWays() {
    GroupId group = startedBy(alice, JoinPolicy.APPROVAL);
    joinByApproval(alice, bob, group);

    Accepted first = alice.post(group, "Tonight", "How was everyone's day?");
    bob.member(group).sync();
    assertEquals(List.of("How was everyone's day?"), bob.bodies());
    GroupEvent.Message received = (GroupEvent.Message) bob.events.get(bob.events.size() - 1);
    assertEquals(alice.key(group), received.sender());
    assertEquals(first.seq(), received.seq());
    assertEquals("alice", received.content().displayName());

    GroupMember bobMember = bob.member(group);
    Post thread = (Post) received.content();
    bobMember.send(Person.reply(bobMember, thread.id(), "Long, but better now."));
    alice.member(group).sync();
    assertEquals(List.of("Long, but better now."), alice.bodies(), "no echo of Alice's own post");
    Post reply = (Post) ((GroupEvent.Message) alice.events.get(alice.events.size() - 1)).content();
    assertEquals(thread.id(), reply.thread());
    assertEquals(
        List.of(alice.key(group), bob.key(group)), alice.member(group).members(), "same roster");
  }

  @Test
  void anOpenGroupIsJoinedByExternalCommitWithNobodyOnline() {
    GroupId group = startedBy(alice, JoinPolicy.OPEN);
    GroupMember bobMember = bob.memberships.joinOpen(group, "bob");
    GroupMember carolMember = carol.memberships.joinOpen(group, "carol");
    assertEquals(2, carolMember.epoch());

    alice.member(group).sync();
    List<KeyThumbprint> joined =
        alice.events.stream()
            .filter(e -> e instanceof GroupEvent.MembersChanged)
            .flatMap(e -> ((GroupEvent.MembersChanged) e).joined().stream())
            .toList();
    assertEquals(List.of(bob.key(group), carol.key(group)), joined);

    carol.post(group, "Hello", "New here.");
    bobMember.sync();
    alice.member(group).sync();
    assertEquals(List.of("New here."), bob.bodies());
    assertEquals(List.of("New here."), alice.bodies());
    HearthApiException refused =
        assertThrows(
            HearthApiException.class,
            () -> new Person("dave", hearth).memberships.requestJoin(group, "dave", null));
    assertEquals("conflict", refused.slug(), "open groups take no join requests");
  }

  @Test
  void anInviteOnlyGroupTakesACodeOnce() {
    GroupId group = startedBy(alice, JoinPolicy.INVITE_ONLY);
    String code = alice.member(group).delivery().invite(new InviteRequest(null)).code();
    assertThrows(
        HearthApiException.class, () -> bob.memberships.requestJoin(group, "bob", "wrong"));
    bob.memberships.requestJoin(group, "bob", code);
    alice.member(group).accept(alice.member(group).delivery().joinRequests());
    assertEquals(Memberships.JoinStatus.JOINED, bob.memberships.finishJoin(group).status());
    assertThrows(
        HearthApiException.class, () -> carol.memberships.requestJoin(group, "carol", code));
  }

  @Test
  void aDeclinedRequestIsForgottenWithItsKey() {
    GroupId group = startedBy(alice, JoinPolicy.APPROVAL);
    KeyThumbprint first = bob.key(group);
    bob.memberships.requestJoin(group, "bob", null);
    PendingJoin request = alice.member(group).delivery().joinRequests().get(0);
    alice.member(group).delivery().declineJoinRequest(request.id());
    assertEquals(Memberships.JoinStatus.DECLINED, bob.memberships.finishJoin(group).status());
    assertTrue(!bob.memberships.knows(group));
    assertTrue(!first.equals(bob.key(group)), "asking again uses a fresh key");
  }

  @Test
  void aRemovedMemberLearnsItAndCannotReadTheNextEpoch() {
    GroupId group = startedBy(alice, JoinPolicy.OPEN);
    bob.memberships.joinOpen(group, "bob");
    carol.memberships.joinOpen(group, "carol");
    byte[] carolBefore = carol.store.blobs(group).get(MemberStore.MLS);

    GroupMember carolMember = carol.member(group);
    alice.member(group).remove(carol.key(group));
    alice.post(group, "After", "Only for the two of us.");
    // The instance no longer lets her key read the group.
    MemberException removed = assertThrows(MemberException.class, carolMember::sync);
    assertEquals(MemberException.Reason.REMOVED, removed.reason());
    assertTrue(carol.bodies().isEmpty());
    MemberException refused =
        assertThrows(MemberException.class, () -> carol.post(group, "t", "still here?"));
    assertEquals(MemberException.Reason.REMOVED, refused.reason(), "stale, then refused");

    // Even Carol's saved state from before cannot open what was sent after.
    org.hearth.crypto.mls.MlsMember old = org.hearth.crypto.mls.MlsMember.restore(carolBefore);
    byte[] after = hearth.group(group).data(hearth.group(group).latestSeq());
    assertThrows(org.hearth.crypto.mls.MlsException.class, () -> old.unprotect(after));

    bob.member(group).sync();
    assertEquals(List.of("Only for the two of us."), bob.bodies());
  }

  @Test
  void aLeavingMemberIsRemovedByTheNextCommitAndForgetsTheGroup() {
    GroupId group = startedBy(alice, JoinPolicy.OPEN);
    bob.memberships.joinOpen(group, "bob");
    carol.memberships.joinOpen(group, "carol");

    KeyThumbprint carolKey = carol.key(group);
    carol.member(group).leave();
    assertTrue(!carol.memberships.knows(group));
    GroupMember aliceMember = alice.member(group);
    aliceMember.sync();
    GroupEvent.Proposed proposed = (GroupEvent.Proposed) alice.events.get(alice.events.size() - 1);
    assertTrue(proposed.leaving());
    assertEquals(carolKey, proposed.by());
    assertEquals(1, aliceMember.pendingProposals());

    assertTrue(aliceMember.commitProposals().isPresent());
    assertEquals(List.of(alice.key(group), bob.key(group)), aliceMember.members());
    assertTrue(aliceMember.commitProposals().isEmpty(), "nothing left to commit");
    bob.member(group).sync();
    assertEquals(List.of(alice.key(group), bob.key(group)), bob.member(group).members());
  }

  @Test
  void deletedMessagesAreGoneForReadersWhoHaveNotReadThem() {
    GroupId group = startedBy(alice, JoinPolicy.OPEN);
    bob.memberships.joinOpen(group, "bob");
    Accepted sent = alice.post(group, "Oops", "Wrong group.");
    alice.member(group).deleteMessage(sent.seq());
    assertThrows(HearthApiException.class, () -> bob.member(group).deleteMessage(sent.seq()));
    bob.member(group).sync();
    assertEquals(new GroupEvent.Gone(sent.seq(), true), bob.events.get(bob.events.size() - 1));
  }

  @Test
  void messagesThatExpiredUnreadAreReportedAsMissed() {
    GroupId group = startedBy(alice, JoinPolicy.OPEN);
    bob.memberships.joinOpen(group, "bob");
    long before = hearth.group(group).latestSeq();
    alice.post(group, "One", "first");
    alice.post(group, "Two", "second");
    alice.post(group, "Three", "third");
    hearth.group(group).expireThrough(before + 2);
    bob.member(group).sync();
    assertEquals(new GroupEvent.Missed(before + 1, before + 2), bob.events.get(0));
    assertEquals(List.of("third"), bob.bodies());
  }

  @Test
  void postsEncryptedAheadAreReadInTheOrderTheyAreSentAndNotEchoedToTheirSender() {
    GroupId group = startedBy(alice, JoinPolicy.APPROVAL);
    joinByApproval(alice, bob, group);
    GroupMember aliceMember = alice.member(group);
    byte[] first = aliceMember.encrypt(post(aliceMember, "first, encrypted ahead"));
    byte[] second = aliceMember.encrypt(post(aliceMember, "second, encrypted ahead"));
    aliceMember.delivery().send(first);
    aliceMember.delivery().send(second);
    bob.member(group).sync();
    assertEquals(List.of("first, encrypted ahead", "second, encrypted ahead"), bob.bodies());
    aliceMember.sync();
    assertEquals(List.of(), alice.bodies(), "Alice recognises her own ciphertexts");
  }

  private static Post post(GroupMember member, String body) {
    return new Post(
        org.hearth.protocol.content.MessageId.random(),
        member.displayName(),
        null,
        "t",
        body,
        null);
  }
}
