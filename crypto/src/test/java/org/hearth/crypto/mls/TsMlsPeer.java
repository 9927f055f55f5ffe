package org.hearth.crypto.mls;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * ts-mls members in a Node.js process ({@code src/test/js/interop.mjs}), driven over one JSON line
 * per request and reply, MLS messages in base64.
 */
final class TsMlsPeer implements AutoCloseable {
  private final Process process;
  private final Writer in;
  private final BufferedReader out;

  TsMlsPeer() throws IOException {
    process =
        new ProcessBuilder("node", "interop.mjs")
            .directory(Path.of("src", "test", "js").toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  static byte[] bytes(JsonObject reply, String key) {
    return Base64.getDecoder().decode(reply.getString(key));
  }

  /** Sends {@code op} for member {@code name} with string arguments in pairs; fails on error. */
  JsonObject call(String op, String name, Object... args) throws IOException {
    JsonObjectBuilder request = Json.createObjectBuilder().add("op", op).add("name", name);
    for (int i = 0; i < args.length; i += 2) {
      Object value = args[i + 1];
      if (value instanceof byte[] b) {
        request.add((String) args[i], b64(b));
      } else if (value instanceof Integer n) {
        request.add((String) args[i], n);
      } else if (value instanceof byte[][] list) {
        var array = Json.createArrayBuilder();
        for (byte[] b : list) {
          array.add(b64(b));
        }
        request.add((String) args[i], array);
      } else {
        request.add((String) args[i], String.valueOf(value));
      }
    }
    in.write(request.build().toString() + "\n");
    in.flush();
    String line = out.readLine();
    if (line == null) {
      throw new IOException("ts-mls process ended");
    }
    try (JsonReader reader = Json.createReader(new StringReader(line))) {
      JsonObject reply = reader.readObject();
      if (!reply.getBoolean("ok")) {
        throw new IOException("ts-mls " + op + " failed: " + reply.getString("error"));
      }
      return reply;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
