package org.hearth.server.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.hearth.client.GroupId;
import org.hearth.client.api.HearthApiException;
import org.hearth.client.api.JoinPolicy;
import org.hearth.client.member.GroupEvent;
import org.hearth.client.member.GroupMember;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reporting with the Java client library: the message as read is the evidence. */
@ExtendWith(HearthServers.class)
class ClientReportsIT {

  @Test
  void aMemberReportsAMessageItReadOnce(@Instance HearthServer hearth) {
    ClientPerson ana = new ClientPerson("Ana", hearth);
    ClientPerson bo = new ClientPerson("Bo", hearth);
    ClientPerson cy = new ClientPerson("Cy", hearth);
    GroupId group = ana.startGroup(JoinPolicy.OPEN);
    bo.memberships.joinOpen(group, "Bo");
    GroupMember cyInGroup = cy.memberships.joinOpen(group, "Cy");
    bo.member(group).sync();
    long seq = bo.post(group, "Listen", "You are all pathetic.").seq();
    cyInGroup.sync();
    GroupEvent.Message message =
        cy.events.stream()
            .filter(e -> e instanceof GroupEvent.Message && e.seq() == seq)
            .map(GroupEvent.Message.class::cast)
            .findFirst()
            .orElseThrow();
    assertEquals(bo.key(group), message.sender());

    String id = cyInGroup.report(message, "HARASSMENT", "Please look at this.");
    assertEquals(id, UUID.fromString(id).toString());
    HearthApiException again =
        assertThrows(HearthApiException.class, () -> cyInGroup.report(message, "HATE", null));
    assertEquals(409, again.status());
    assertEquals("duplicate", again.slug());
  }
}
