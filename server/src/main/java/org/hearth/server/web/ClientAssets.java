package org.hearth.server.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The browser client's bundle from the webclient jar: its file names carry a content hash, and the
 * build's manifest maps each page's entry point ({@code chat}, {@code device}, {@code preferences})
 * to its file. Templates ask for a page's script as {@code client.script('chat')}. Only files the
 * manifest lists are ever served. Thread-safe (immutable after construction).
 */
@Named("client")
@ApplicationScoped
public class ClientAssets {
  static final String FOLDER = "META-INF/resources/hearth-client/";
  static final String PATH = "/assets/client/";

  private final Map<String, String> entries;
  private final Set<String> files;

  public ClientAssets() {
    try (InputStream in = resource("manifest.json")) {
      if (in == null) {
        throw new IllegalStateException(
            "the webclient jar is missing: " + FOLDER + "manifest.json");
      }
      try (JsonReader reader = Json.createReader(in)) {
        JsonObject manifest = reader.readObject();
        entries =
            manifest.getJsonObject("entries").entrySet().stream()
                .collect(
                    Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> ((JsonString) e.getValue()).getString()));
        files =
            manifest.getJsonArray("files").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .collect(Collectors.toUnmodifiableSet());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path of the script of page entry {@code entry}, to put in a template's script tag. */
  public String script(String entry) {
    String file = entries.get(entry);
    if (file == null) {
      throw new IllegalArgumentException("no client entry " + entry);
    }
    return PATH + file;
  }

  /** The bytes of the file of page entry {@code entry}, for files served at a fixed path. */
  Optional<byte[]> entry(String entry) {
    String file = entries.get(entry);
    return file == null ? Optional.empty() : read(file);
  }

  /** The bytes of {@code file} when the manifest lists it; nothing else can be read. */
  Optional<byte[]> read(String file) {
    if (!files.contains(file)) {
      return Optional.empty();
    }
    try (InputStream in = resource(file)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    return ClientAssets.class.getClassLoader().getResourceAsStream(FOLDER + name);
  }
}
