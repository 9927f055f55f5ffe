package org.hearth.server.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.hearth.client.Base64Url;
import org.hearth.client.GroupId;
import org.hearth.client.api.HearthApiException;
import org.hearth.client.api.JoinPolicy;
import org.hearth.client.member.GroupMember;
import org.hearth.client.member.MemberException;
import org.hearth.client.member.Memberships;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.mls.MlsException;
import org.hearth.crypto.mls.MlsMember;
import org.hearth.protocol.delivery.DeliveredMessage;
import org.hearth.protocol.delivery.GroupState;
import org.hearth.protocol.delivery.PendingJoin;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Three people with the Java client library on a real Hearth: joining by approval and by external
 * commit, talking both ways, a removal the removed member cannot read past, two commits racing for
 * one epoch, and a GroupInfo tampered with on the wire.
 */
@ExtendWith(HearthServers.class)
class ClientMembersIT {

  @Test
  void anApprovalJoinAndAnOpenJoinThenMessagesBothWays(@Instance HearthServer hearth) {
    ClientPerson ana = new ClientPerson("Ana", hearth);
    ClientPerson bo = new ClientPerson("Bo", hearth);
    ClientPerson cy = new ClientPerson("Cy", hearth);

    GroupId approval = ana.startGroup(JoinPolicy.APPROVAL);
    PendingJoin asked = bo.memberships.requestJoin(approval, "Bo", null);
    assertEquals(bo.key(approval).value(), asked.thumbprint());
    assertEquals(Memberships.JoinStatus.WAITING, bo.memberships.finishJoin(approval).status());
    GroupMember anaInApproval = ana.member(approval);
    anaInApproval.accept(anaInApproval.delivery().joinRequests());
    assertEquals(Memberships.JoinStatus.JOINED, bo.memberships.finishJoin(approval).status());

    bo.post(approval, "Hello", "Thank you for having me.");
    ana.post(approval, "Welcome", "Glad you are here, Bo.");
    ana.member(approval).sync();
    bo.member(approval).sync();
    assertEquals(List.of("Thank you for having me."), ana.bodies());
    assertEquals(List.of("Glad you are here, Bo."), bo.bodies());

    GroupId open = ana.startGroup(JoinPolicy.OPEN);
    GroupMember cyInOpen = cy.memberships.joinOpen(open, "Cy");
    assertEquals(1, cyInOpen.epoch());
    cy.post(open, "Hi", "Nobody had to let me in.");
    ana.post(open, "Hi Cy", "Welcome.");
    ana.member(open).sync();
    cy.member(open).sync();
    assertTrue(ana.bodies().contains("Nobody had to let me in."), ana.bodies().toString());
    assertEquals(List.of("Welcome."), cy.bodies());
    assertEquals(
        List.of(ana.key(open), cy.key(open)), ana.member(open).members(), "one roster for all");
  }

  @Test
  void aRemovedMemberCannotDecryptWhatIsSentAfter(@Instance HearthServer hearth) {
    ClientPerson ana = new ClientPerson("Ana", hearth);
    ClientPerson bo = new ClientPerson("Bo", hearth);
    ClientPerson cy = new ClientPerson("Cy", hearth);
    GroupId group = ana.startGroup(JoinPolicy.OPEN);
    bo.memberships.joinOpen(group, "Bo");
    GroupMember cyMember = cy.memberships.joinOpen(group, "Cy");
    ana.member(group).sync();
    MlsMember cyBefore = MlsMember.restore(cyState(cy, group));

    ana.member(group).remove(cy.key(group));
    ana.post(group, "After", "Only Ana and Bo can read this.");
    GroupMember boMember = bo.member(group);
    boMember.sync();
    assertEquals(List.of("Only Ana and Bo can read this."), bo.bodies());

    MemberException removed = assertThrows(MemberException.class, cyMember::sync);
    assertEquals(MemberException.Reason.REMOVED, removed.reason());
    assertTrue(cy.bodies().isEmpty());
    DeliveredMessage after = lastApplication(boMember);
    byte[] ciphertext = Base64Url.decode(after.data());
    assertThrows(MlsException.class, () -> cyBefore.unprotect(ciphertext), "Cy's keys are old");
  }

  @Test
  void ofTwoConcurrentCommitsOneIsAcceptedAndTheOtherCatchesUpAndSucceeds(
      @Instance HearthServer hearth) throws Exception {
    InterceptingHttpClient anaHttp = new InterceptingHttpClient();
    InterceptingHttpClient boHttp = new InterceptingHttpClient();
    ClientPerson ana = new ClientPerson("Ana", hearth, anaHttp);
    ClientPerson bo = new ClientPerson("Bo", hearth, boHttp);
    GroupId group = ana.startGroup(JoinPolicy.APPROVAL);
    bo.memberships.requestJoin(group, "Bo", null);
    ana.member(group).accept(ana.member(group).delivery().joinRequests());
    bo.memberships.finishJoin(group);
    ana.member(group).delivery().grantFacilitator(bo.key(group));

    ClientPerson dee = new ClientPerson("Dee", hearth);
    ClientPerson eve = new ClientPerson("Eve", hearth);
    dee.memberships.requestJoin(group, "Dee", null);
    eve.memberships.requestJoin(group, "Eve", null);
    List<PendingJoin> requests = ana.member(group).delivery().joinRequests();
    PendingJoin deeRequest = only(requests, dee.key(group).value());
    PendingJoin eveRequest = only(requests, eve.key(group).value());
    long epoch = ana.member(group).epoch();

    // Both facilitators stage their commit for the same epoch; neither sends before both have.
    anaHttp.commitStatuses.clear();
    boHttp.commitStatuses.clear();
    CyclicBarrier bothStaged = new CyclicBarrier(2);
    anaHttp.beforeCommit = firstTimeOnly(bothStaged);
    boHttp.beforeCommit = firstTimeOnly(bothStaged);
    GroupMember anaMember = ana.member(group);
    GroupMember boMember = bo.member(group);
    CompletableFuture<Long> anaAdds =
        CompletableFuture.supplyAsync(() -> anaMember.accept(List.of(deeRequest)).epoch());
    CompletableFuture<Long> boAdds =
        CompletableFuture.supplyAsync(() -> boMember.accept(List.of(eveRequest)).epoch());
    List<Long> epochs = new ArrayList<>(List.of(anaAdds.get(60, TimeUnit.SECONDS), boAdds.get()));
    epochs.sort(null);
    assertEquals(List.of(epoch + 1, epoch + 2), epochs, "one after the other");

    List<Integer> statuses = new ArrayList<>(anaHttp.commitStatuses);
    statuses.addAll(boHttp.commitStatuses);
    statuses.sort(null);
    assertEquals(List.of(201, 201, 409), statuses, "exactly one lost the race, then went through");

    assertEquals(Memberships.JoinStatus.JOINED, dee.memberships.finishJoin(group).status());
    assertEquals(Memberships.JoinStatus.JOINED, eve.memberships.finishJoin(group).status());
    anaMember.sync();
    boMember.sync();
    assertEquals(epoch + 2, anaMember.epoch());
    assertEquals(anaMember.members(), boMember.members());
    assertEquals(4, anaMember.members().size());
    dee.post(group, "Hi", "Dee here.");
    eve.member(group).sync();
    assertEquals(List.of("Dee here."), eve.bodies());
  }

  @Test
  void aGroupInfoWithAnotherMembersKeySwappedIsRefusedAndNothingChanges(
      @Instance HearthServer hearth) {
    InterceptingHttpClient anaHttp = new InterceptingHttpClient();
    ClientPerson ana = new ClientPerson("Ana", hearth, anaHttp);
    ClientPerson bo = new ClientPerson("Bo", hearth);
    ClientPerson cy = new ClientPerson("Cy", hearth);
    GroupId group = ana.startGroup(JoinPolicy.OPEN);
    bo.memberships.joinOpen(group, "Bo");
    cy.memberships.joinOpen(group, "Cy");
    GroupMember anaMember = ana.member(group);
    anaMember.sync();
    GroupState before = anaMember.delivery().state();

    byte[] boKey = bo.store.key(group).publicKey().encoded();
    byte[] stranger = Ed25519KeyPair.generate().publicKey().encoded();
    anaHttp.commitBody = body -> swapInGroupInfo(body, boKey, stranger);
    HearthApiException refused =
        assertThrows(HearthApiException.class, () -> anaMember.remove(cy.key(group)));
    assertEquals("group-info-mismatch", refused.slug());
    assertEquals(422, refused.status());

    GroupState after = anaMember.delivery().state();
    assertEquals(before.epoch(), after.epoch(), "the server's epoch is unchanged");
    assertEquals(before.latestSeq(), after.latestSeq(), "nothing was stored");
    assertEquals(before.groupInfo(), after.groupInfo(), "nor its GroupInfo");
    assertEquals(before.epoch(), anaMember.epoch(), "the client dropped its commit");
    assertEquals(3, anaMember.members().size());

    anaHttp.commitBody = body -> body;
    anaMember.remove(cy.key(group));
    bo.member(group).sync();
    assertEquals(List.of(ana.key(group), bo.key(group)), bo.member(group).members());
  }

  /** The base64url GroupInfo in a commit request, with one leaf's signature key replaced. */
  private static byte[] swapInGroupInfo(byte[] body, byte[] key, byte[] replacement) {
    jakarta.json.JsonObject request =
        jakarta.json.Json.createReader(new java.io.ByteArrayInputStream(body)).readObject();
    byte[] groupInfo = Base64Url.decode(request.getString("groupInfo"));
    int at = indexOf(groupInfo, key);
    assertTrue(at >= 0, "the member's key is in the GroupInfo's tree");
    System.arraycopy(replacement, 0, groupInfo, at, replacement.length);
    return jakarta.json.Json.createObjectBuilder(request)
        .add("groupInfo", Base64Url.encode(groupInfo))
        .build()
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] cyState(ClientPerson cy, GroupId group) {
    return cy.keyring.mlsState(org.hearth.client.keyring.KeyScope.group(cy.url, group)).get("mls");
  }

  private static DeliveredMessage lastApplication(GroupMember reader) {
    List<DeliveredMessage> messages = reader.delivery().messages(0, 500).messages();
    DeliveredMessage last = null;
    for (DeliveredMessage m : messages) {
      if (m.kind().equals("application") && m.data() != null) {
        last = m;
      }
    }
    assertFalse(last == null, "there is an application message");
    return last;
  }

  private static PendingJoin only(List<PendingJoin> requests, String thumbprint) {
    return requests.stream()
        .filter(r -> r.thumbprint().equals(thumbprint))
        .findFirst()
        .orElseThrow();
  }

  /** Waits at {@code barrier} before the first commit only; the retry goes straight on. */
  private static Runnable firstTimeOnly(CyclicBarrier barrier) {
    java.util.concurrent.atomic.AtomicBoolean first =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    return () -> {
      if (first.getAndSet(false)) {
        try {
          barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException("the other commit never came", e);
        }
      }
    };
  }
}
