package org.hearth.server.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.hearth.client.GroupId;
import org.hearth.client.api.JoinPolicy;
import org.hearth.client.member.GroupEvent;
import org.hearth.client.member.GroupMember;
import org.hearth.client.member.MemberException;
import org.hearth.protocol.content.ContentFormatException;
import org.hearth.protocol.moderation.ReportView;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A facilitator answers a report privately inside the group (docs/reports.md, "Replying
 * privately"): the reporter reads the reply, every other member receives the same MLS message and
 * reads nothing, and the facilitator never learns who reported.
 */
@ExtendWith(HearthServers.class)
class ClientPrivateReplyIT {
  private static final String REPLY =
      "Thank you for telling us. We have spoken with them; you are welcome here.";

  @Test
  void onlyTheReporterReadsTheFacilitatorsReply(@Instance HearthServer hearth) {
    ClientPerson ana = new ClientPerson("Ana", hearth);
    ClientPerson bo = new ClientPerson("Bo", hearth);
    ClientPerson cy = new ClientPerson("Cy", hearth);
    ClientPerson dee = new ClientPerson("Dee", hearth);
    GroupId group = ana.startGroup(JoinPolicy.OPEN);
    bo.memberships.joinOpen(group, "Bo");
    GroupMember cyInGroup = cy.memberships.joinOpen(group, "Cy");
    GroupMember deeInGroup = dee.memberships.joinOpen(group, "Dee");
    bo.member(group).sync();
    cyInGroup.sync();
    long seq = bo.post(group, "Listen", "You are all pathetic.").seq();
    cyInGroup.sync();
    GroupEvent.Message message = messageAt(cy, seq);
    String reportId = cyInGroup.report(message, "HARASSMENT", null);

    GroupMember facilitator = ana.member(group);
    ReportView report =
        facilitator.delivery().reports().stream()
            .filter(r -> r.id().equals(reportId))
            .findFirst()
            .orElseThrow();
    assertNotNull(report.replyKey(), "the report carries the reporter's reply key");
    assertEquals(32, Base64.getUrlDecoder().decode(report.replyKey()).length);

    long replySeq = facilitator.replyPrivately(report, REPLY).seq();

    cyInGroup.sync();
    List<GroupEvent.PrivateReplyReceived> received = replies(cy);
    assertEquals(1, received.size());
    GroupEvent.PrivateReplyReceived reply = received.get(0);
    assertEquals(replySeq, reply.seq());
    assertEquals(REPLY, reply.text());
    assertEquals(reportId, reply.reportId());
    assertEquals(ana.key(group), reply.sender(), "MLS names the facilitator who answered");
    assertEquals("Ana", reply.displayName());

    deeInGroup.sync();
    bo.member(group).sync();
    assertEquals(List.of(), replies(dee), "another member reads nothing");
    assertEquals(List.of(), replies(bo), "nor does the reported member");
    assertTrue(
        dee.events.stream().noneMatch(e -> e.seq() == replySeq),
        "and sees no message, not even an unreadable one");
    assertEquals(replySeq, deeInGroup.lastSeen(), "yet its client processed the message");
  }

  @Test
  void aReplyNeedsAReplyKeyAndAValidText(@Instance HearthServer hearth) {
    ClientPerson ana = new ClientPerson("Ana", hearth);
    ClientPerson bo = new ClientPerson("Bo", hearth);
    GroupId group = ana.startGroup(JoinPolicy.OPEN);
    bo.memberships.joinOpen(group, "Bo");
    GroupMember facilitator = ana.member(group);
    ReportView keyless =
        new ReportView(
            "8e2b1f04-3a5c-4d7e-b6f9-0a1c2e3d4f50",
            group.toString(),
            1,
            1,
            bo.key(group).value(),
            "",
            "VERIFIED",
            "SPAM",
            null,
            "OPEN",
            0,
            0,
            null);
    assertNull(keyless.replyKey());
    long latest = facilitator.delivery().messages(0, 200).latestSeq();
    MemberException noKey =
        assertThrows(MemberException.class, () -> facilitator.replyPrivately(keyless, "Hello"));
    assertEquals(MemberException.Reason.NO_REPLY_KEY, noKey.reason());
    assertThrows(ContentFormatException.class, () -> facilitator.replyPrivately(keyless, "  "));
    assertEquals(latest, facilitator.delivery().messages(0, 200).latestSeq(), "nothing was sent");
  }

  private static GroupEvent.Message messageAt(ClientPerson person, long seq) {
    return person.events.stream()
        .filter(e -> e instanceof GroupEvent.Message && e.seq() == seq)
        .map(GroupEvent.Message.class::cast)
        .findFirst()
        .orElseThrow();
  }

  private static List<GroupEvent.PrivateReplyReceived> replies(ClientPerson person) {
    return person.events.stream()
        .filter(GroupEvent.PrivateReplyReceived.class::isInstance)
        .map(GroupEvent.PrivateReplyReceived.class::cast)
        .toList();
  }
}
