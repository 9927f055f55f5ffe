package org.hearth.client.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads Server-Sent Events (HTML Living Standard, section 9.2.6 "Interpreting an event stream")
 * from a byte stream: lines end with CRLF, LF or CR; {@code :} lines are comments; {@code data}
 * lines join with LF; a blank line dispatches. An event larger than the limit fails the stream, so
 * a hostile server cannot make the client buffer without end.
 *
 * <p>Not thread-safe: one reader per stream.
 */
final class EventStreamReader {
  /** One dispatched event. */
  record Event(String type, String id, String data) {}

  private final InputStream in;
  private final int maxEventBytes;
  private final Runnable onActivity;
  private boolean skipLf;

  /**
   * @param onActivity runs for every line read, comments included (the keep-alive)
   */
  EventStreamReader(InputStream in, int maxEventBytes, Runnable onActivity) {
    this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in);
    this.maxEventBytes = maxEventBytes;
    this.onActivity = onActivity;
  }

  /** The next event, or {@code null} when the stream ends (an unfinished event is dropped). */
  Event next() throws IOException {
    String type = null;
    String id = null;
    StringBuilder data = null;
    while (true) {
      String line = readLine();
      if (line == null) {
        return null;
      }
      onActivity.run();
      if (line.isEmpty()) {
        if (data != null) {
          return new Event(type == null || type.isEmpty() ? "message" : type, id, data.toString());
        }
        type = null;
        continue;
      }
      if (line.charAt(0) == ':') {
        continue;
      }
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1);
      if (value.startsWith(" ")) {
        value = value.substring(1);
      }
      switch (field) {
        case "data" -> {
          if (data == null) {
            data = new StringBuilder();
          } else {
            data.append('\n');
          }
          data.append(value);
          if (data.length() > maxEventBytes) {
            throw new IOException("an event of more than " + maxEventBytes + " bytes");
          }
        }
        case "event" -> type = value;
        case "id" -> id = value;
        default -> {
          // "retry" and unknown fields: Hearth reconnects on its own schedule.
        }
      }
    }
  }

  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b == -1) {
        return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
      }
      if (skipLf) {
        skipLf = false;
        if (b == '\n') {
          continue;
        }
      }
      if (b == '\n') {
        return line.toString(StandardCharsets.UTF_8);
      }
      if (b == '\r') {
        skipLf = true;
        return line.toString(StandardCharsets.UTF_8);
      }
      if (line.size() >= maxEventBytes) {
        throw new IOException("a line of more than " + maxEventBytes + " bytes");
      }
      line.write(b);
    }
  }
}
