package org.hearth.client.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.client.InstanceUrl;

/**
 * Sends one JSON request to an instance and reads the answer: a JSON body on success, an RFC 9457
 * problem turned into {@link HearthApiException} otherwise. Bodies are bounded and never follow
 * redirects, so a hostile or misconfigured server cannot make the client fetch elsewhere.
 *
 * <p>Thread-safe (the JDK {@link HttpClient} is).
 */
final class ApiTransport {
  /** Largest response body read, in bytes; more is refused without being read. */
  static final int MAX_BODY = 4 * 1024 * 1024;

  /** A response with its body read (within {@link #MAX_BODY}). */
  private record Answer(int statusCode, String contentType, String body) {}

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final InstanceUrl instance;
  private final HttpClient http;

  ApiTransport(InstanceUrl instance, HttpClient http) {
    this.instance = instance;
    this.http = http;
  }

  static HttpClient defaultHttpClient() {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  InstanceUrl instance() {
    return instance;
  }

  /** Sends the request and returns the JSON body, or {@link JsonValue#NULL} when there is none. */
  JsonValue send(String method, String path, JsonStructure body, String token) {
    URI uri = instance.resolve(path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    Answer response = exchange(request.build());
    if (response.statusCode() >= 200 && response.statusCode() < 300) {
      return response.body().isBlank() ? JsonValue.NULL : parse(response, uri);
    }
    throw problem(response);
  }

  private Answer exchange(HttpRequest request) {
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      byte[] body;
      try (InputStream in = response.body()) {
        body = in.readNBytes(MAX_BODY + 1);
      }
      if (body.length > MAX_BODY) {
        throw new HearthConnectionException(
            "The answer from " + instance + " is too large to be Hearth's API.", null);
      }
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          new String(body, StandardCharsets.UTF_8));
    } catch (ConnectException | HttpConnectTimeoutException e) {
      throw new HearthConnectionException(
          "Cannot reach " + instance + "; is Hearth running there?", e);
    } catch (HttpTimeoutException e) {
      throw new HearthConnectionException(instance + " did not answer in time.", e);
    } catch (IOException e) {
      throw new HearthConnectionException(
          "Talking to " + instance + " failed: " + oneLine(e.getMessage()), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HearthConnectionException("Interrupted while talking to " + instance + ".", e);
    }
  }

  private JsonValue parse(Answer response, URI uri) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readValue();
    } catch (JsonException | IllegalStateException e) {
      throw new HearthConnectionException(
          uri + " answered " + response.statusCode() + " with a body that is not JSON.", e);
    }
  }

  private HearthApiException problem(Answer response) {
    int status = response.statusCode();
    Optional<JsonObject> body = problemBody(response);
    if (body.isEmpty()) {
      return new HearthApiException(
          "about:blank",
          status,
          "HTTP " + status,
          instance + " answered HTTP " + status,
          List.of());
    }
    JsonObject p = body.get();
    List<HearthApiException.FieldError> errors = new ArrayList<>();
    if (p.get("errors") instanceof jakarta.json.JsonArray array) {
      for (JsonValue v : array) {
        if (v instanceof JsonObject e) {
          errors.add(new HearthApiException.FieldError(text(e, "field"), text(e, "message")));
        }
      }
    }
    String type = text(p, "type");
    return new HearthApiException(
        type == null ? "about:blank" : type,
        status,
        text(p, "title") == null ? "HTTP " + status : text(p, "title"),
        text(p, "detail"),
        errors);
  }

  private static Optional<JsonObject> problemBody(Answer response) {
    String contentType = response.contentType();
    if (!contentType.startsWith("application/problem+json")
        && !contentType.startsWith("application/json")) {
      return Optional.empty();
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return Optional.of(reader.readObject());
    } catch (JsonException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private static String text(JsonObject o, String name) {
    return o.get(name) instanceof JsonString s ? oneLine(s.getString()) : null;
  }

  /** Keeps server text to one printable line, so it cannot forge terminal output. */
  static String oneLine(String text) {
    if (text == null) {
      return null;
    }
    String flat = text.replaceAll("[\\p{Cntrl}&&[^\\t]]+", " ").strip();
    return flat.length() > 500 ? flat.substring(0, 500) + "…" : flat;
  }
}
