package org.hearth.server.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hearth.protocol.content.ContentCodec;
import org.hearth.protocol.content.MessageId;
import org.hearth.protocol.content.Post;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After a conversation with known marker words and display names, nothing the server wrote — its
 * whole database and data directory, its logs — contains any of them; and every message it
 * acknowledged survived a SIGKILL of the server.
 */
@ExtendWith(HearthServers.class)
class NothingReadableStoredIT {
  static final List<String> MARKERS =
      List.of(
          "Marigold-Lantern-4417",
          "quietly-overwhelmed-tuesday",
          "Jabali wa Nairobi",
          "\u00dcberraschung-Sonnenblume",
          "ThreadTitle-Kestrel-93");

  @Test
  void theServerHoldsNoPlaintextAndLosesNoAcknowledgedMessage(@Instance("scan") HearthServer hearth)
      throws Exception {
    DeliveryIT.Group group = DeliveryIT.Group.create(hearth, "APPROVAL", 12);
    GroupMember amina = group.add();
    GroupMember facilitator = group.facilitator();

    MessageId thread = MessageId.random();
    List<Long> acknowledged = new ArrayList<>();
    acknowledged.add(
        send(
            amina,
            new Post(
                thread,
                "Jabali wa Nairobi",
                null,
                "ThreadTitle-Kestrel-93",
                "I felt quietly-overwhelmed-tuesday again",
                "Marigold-Lantern-4417")));
    acknowledged.add(
        send(
            facilitator,
            new Post(
                MessageId.random(),
                "\u00dcberraschung-Sonnenblume",
                thread,
                null,
                "Thank you for saying it. Marigold-Lantern-4417 is welcome here.",
                null)));

    hearth.kill();
    hearth.start();
    JsonObject page = Http.json(amina.get("messages?after=" + (acknowledged.get(0) - 1)));
    List<Long> stored =
        page.getJsonArray("messages").stream()
            .map(m -> m.asJsonObject().getJsonNumber("seq").longValue())
            .toList();
    assertEquals(acknowledged, stored, "every acknowledged message survived SIGKILL");
    List<String> read = amina.catchUp();
    assertEquals(1, read.size(), "the facilitator's reply is readable after the restart");

    hearth.stop();
    List<String> found = new ArrayList<>();
    for (Path root : List.of(hearth.dataDir(), hearth.outputDir(), hearth.consoleLog())) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(Files::isRegularFile).forEach(file -> scan(file, found));
      }
    }
    assertTrue(found.isEmpty(), "plaintext found on the server: " + found);

    Path planted = Files.createTempFile(hearth.dataDir(), "planted", ".bin");
    Files.write(planted, ("xx" + MARKERS.get(3) + "yy").getBytes(StandardCharsets.UTF_8));
    List<String> guard = new ArrayList<>();
    scan(planted, guard);
    Files.delete(planted);
    assertEquals(1, guard.size(), "the scan finds a marker where there is one");
  }

  private static long send(GroupMember member, Post post) {
    HttpResponse<String> answer =
        member.postMls("messages", member.mls.protect(ContentCodec.encode(post)));
    assertEquals(201, answer.statusCode(), answer.body());
    member.remember(answer);
    return Http.json(answer).getJsonNumber("seq").longValue();
  }

  private static void scan(Path file, List<String> found) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String marker : MARKERS) {
      for (byte[] needle :
          List.of(
              marker.getBytes(StandardCharsets.UTF_8),
              marker.getBytes(StandardCharsets.UTF_16BE))) {
        if (indexOf(bytes, needle) >= 0) {
          found.add(marker + " in " + file);
        }
      }
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
