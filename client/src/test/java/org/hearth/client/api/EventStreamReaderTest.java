package org.hearth.client.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventStreamReaderTest {
  final AtomicInteger lines = new AtomicInteger();

  EventStreamReader reader(String stream, int max) {
    return new EventStreamReader(
        new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)),
        max,
        lines::incrementAndGet);
  }

  @Test
  void eventsCommentsAndEveryLineEnding() throws IOException {
    EventStreamReader r =
        reader(
            ": keep-alive\r\n\r\nid: 1\nevent: message\ndata: {\"a\":\ndata:  1}\n\n"
                + "id: 2\rdata:x\r\rdata: é\r\n\r\ndata: unfinished",
            1024);
    assertEquals(new EventStreamReader.Event("message", "1", "{\"a\":\n 1}"), r.next());
    assertEquals(new EventStreamReader.Event("message", "2", "x"), r.next());
    assertEquals(new EventStreamReader.Event("message", null, "é"), r.next());
    assertNull(r.next(), "an event cut off by the end of the stream is dropped");
    assertEquals(13, lines.get(), "comments count as activity");
  }

  @Test
  void anOversizedLineOrEventFailsTheStream() {
    assertThrows(IOException.class, () -> reader("data: " + "x".repeat(100) + "\n\n", 50).next());
    assertThrows(
        IOException.class,
        () -> reader("data: " + "x".repeat(30) + "\ndata: " + "y".repeat(30) + "\n\n", 50).next());
  }
}
