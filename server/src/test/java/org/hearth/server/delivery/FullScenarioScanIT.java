package org.hearth.server.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hearth.protocol.content.ContentCodec;
import org.hearth.protocol.content.MessageId;
import org.hearth.protocol.content.Post;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.hearth.server.testing.StoredDataScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The full privacy scenario — sign-in, a group, a conversation with known marker words and display
 * names, federation between two instances, pages and API calls with a distinctive user agent — and
 * then nothing either server wrote (every text and binary column of every table, its data
 * directory, its logs) holds a marker, a display name, a loopback address or a user agent.
 */
@ExtendWith(HearthServers.class)
class FullScenarioScanIT {
  private static final String AGENT = "HearthScanAgent/" + UUID.randomUUID();
  private static final String REPORTED = "reported-" + UUID.randomUUID();
  private static final String ADDRESS = "scan-" + UUID.randomUUID() + "@ngo.example";
  private static final List<String> NEVER_STORED =
      List.of(AGENT, "Java-http-client", "127.0.0.1", "0:0:0:0:0:0:0:1", "[::1]");

  @Test
  void neitherServerHoldsPlaintextNamesAddressesOrAgents(
      // The home instance runs no background federation rounds of its own: the peer pulls.
      @Instance(
              value = "privacy-home",
              // Notices on, to a mail server that refuses connections: the failure is logged.
              env = {
                "HEARTH_FEDERATION_ALLOW_LOOPBACK_HTTP=true",
                "HEARTH_FEDERATION_TICK=PT1H",
                "HEARTH_SMTP_HOST=localhost",
                "HEARTH_SMTP_PORT=1",
                "HEARTH_SMTP_SECURITY=none",
                "HEARTH_SMTP_FROM=hearth@scan.example"
              })
          HearthServer home,
      @Instance(
              value = "privacy-peer",
              env = {
                "HEARTH_INSTANCE_NAME=Scan peer",
                "HEARTH_FEDERATION_ALLOW_LOOPBACK_HTTP=true",
                "HEARTH_FEDERATION_TICK=PT1S",
                "HEARTH_FEDERATION_POLL_INTERVAL=PT20S"
              })
          HearthServer peer)
      throws Exception {
    List<String> markers = NothingReadableStoredIT.MARKERS;
    DeliveryIT.Group group = DeliveryIT.Group.create(home, "APPROVAL", 12);
    GroupMember amina = group.add();
    GroupMember facilitator = group.facilitator();
    MessageId thread = MessageId.random();
    send(
        amina,
        new Post(thread, markers.get(2), null, markers.get(4), markers.get(1), markers.get(0)));
    send(
        facilitator,
        new Post(MessageId.random(), markers.get(3), thread, null, markers.get(0), null));
    assertEquals(1, amina.catchUp().size(), "the conversation took place");

    GroupMember witness = group.add();
    amina.catchUp();
    assertEquals(200, NotificationsIT.optIn(facilitator, ADDRESS).statusCode());
    long reported =
        send(amina, new Post(MessageId.random(), REPORTED, null, REPORTED, REPORTED, null));
    witness.catchUp();
    HttpResponse<String> filed =
        ReportsIT.report(witness, reported, witness.evidence.get(reported), "harassment", null);
    assertEquals(201, filed.statusCode(), filed.body());
    assertEquals("VERIFIED", Http.json(filed).getString("verification"));
    NotificationsIT.awaitFailedNotice(home); // the notice was tried, and its failure logged

    PeerScenario.federate(home, peer);
    PeerScenario.browse(home, AGENT);
    PeerScenario.browse(peer, AGENT);

    peer.stop();
    home.stop();
    List<String> needles = new ArrayList<>(markers);
    needles.addAll(NEVER_STORED);
    needles.add(REPORTED);
    needles.add(ADDRESS);
    List<String> found = new ArrayList<>();
    for (HearthServer server : List.of(home, peer)) {
      found.addAll(
          StoredDataScan.files(
              List.of(server.dataDir(), server.outputDir(), server.consoleLog()),
              needles,
              (file, needle) -> builtNotWritten(file, needle, markers) || kept(file, needle)));
      found.addAll(StoredDataScan.serverDatabase(server, needles));
    }
    List<String> expected =
        java.util.stream.Stream.of(
                ADDRESS + " in facilitator_notification.address", REPORTED + " in report.evidence")
            .sorted()
            .toList();
    assertEquals(
        expected,
        found.stream().map(f -> f.toLowerCase(Locale.ROOT)).sorted().toList(),
        "found on a server: only the live report and the facilitator's own address");

    Path planted = Files.createTempFile(home.dataDir(), "planted", ".bin");
    Files.write(planted, ("xx" + AGENT + "yy").getBytes(StandardCharsets.UTF_16LE));
    List<String> guard = StoredDataScan.files(List.of(planted), needles);
    Files.delete(planted);
    assertEquals(1, guard.size(), "the scan finds a needle where there is one");
  }

  /**
   * What the build, not the server, put in the server's folder: the application, libraries, the
   * configuration, and Liberty's OSGi caches of its own defaults (one names ::1).
   */
  private static boolean builtNotWritten(Path file, String needle, List<String> markers) {
    String name = file.toString();
    return name.contains("/apps/")
        || name.contains("/configDropins/")
        || name.endsWith(".jar")
        || (name.contains("/workarea/org.eclipse.osgi/") && !markers.contains(needle));
  }

  /**
   * The live report and the facilitator's address are kept on purpose: in the H2 database file they
   * are allowed, and the column scan below says in which column they are.
   */
  private static boolean kept(Path file, String needle) {
    return file.getFileName().toString().endsWith(".mv.db")
        && (needle.equals(REPORTED) || needle.equals(ADDRESS));
  }

  private static long send(GroupMember member, Post post) {
    HttpResponse<String> answer =
        member.postMls("messages", member.mls.protect(ContentCodec.encode(post)));
    assertEquals(201, answer.statusCode(), answer.body());
    member.remember(answer);
    return Http.json(answer).getJsonNumber("seq").longValue();
  }
}
