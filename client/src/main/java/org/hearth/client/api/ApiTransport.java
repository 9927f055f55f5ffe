package org.hearth.client.api;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
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
  private record Answer(int statusCode, String contentType, String body, String retryAfter) {}

  /** A request body of another media type than JSON, such as {@code message/mls}. */
  record RawBody(String contentType, byte[] bytes) {}

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final InstanceUrl instance;
  private final HttpClient http;

  ApiTransport(InstanceUrl instance, HttpClient http) {
    this.instance = instance;
    this.http = http;
  }

  /**
   * No redirects, timeouts, and HTTP/1.1: a follower's long-lived event stream then has a
   * connection of its own. Over HTTP/2 (the JDK client's h2c upgrade), Open Liberty 26.0.0.3 left a
   * server-sent event write waiting on flow control under load, and every send to that group with
   * it; the server stopped answering.
   */
  static HttpClient defaultHttpClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  InstanceUrl instance() {
    return instance;
  }

  /** Sends the request and returns the JSON body, or {@link JsonValue#NULL} when there is none. */
  JsonValue send(String method, String path, JsonStructure body, String token) {
    return sendRaw(
        method,
        path,
        body == null
            ? null
            : new RawBody("application/json", body.toString().getBytes(StandardCharsets.UTF_8)),
        token);
  }

  /** Sends a request with a body of any media type and returns the JSON answer. */
  JsonValue sendRaw(String method, String path, RawBody body, String token) {
    URI uri = instance.resolve(path);
    HttpRequest.Builder request = authorized(uri, token).timeout(TIMEOUT);
    request.header("Accept", "application/json");
    if (body != null) {
      request.header("Content-Type", body.contentType());
      request.method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    Answer response = exchange(request.build());
    if (response.statusCode() >= 200 && response.statusCode() < 300) {
      return response.body().isBlank() ? JsonValue.NULL : parse(response, uri);
    }
    throw problem(response);
  }

  /** A request builder for {@code uri} with the bearer token when there is one. */
  HttpRequest.Builder authorized(URI uri, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  HttpClient http() {
    return http;
  }

  /**
   * Reads an error answer whose body is still an open stream (as a long-lived event stream gives
   * it) into the problem it states, within {@link #MAX_BODY}.
   */
  HearthApiException problem(HttpResponse<InputStream> response) {
    byte[] body;
    try (InputStream in = response.body()) {
      body = in.readNBytes(MAX_BODY);
    } catch (IOException e) {
      body = new byte[0];
    }
    return problem(answer(response, body));
  }

  /** The failure of talking to the instance, as one line for a person. */
  HearthConnectionException unreachable(Exception e) {
    if (e instanceof ConnectException || e instanceof HttpConnectTimeoutException) {
      return new HearthConnectionException(
          "Cannot reach " + instance + "; is Hearth running there?", e);
    }
    if (e instanceof HttpTimeoutException) {
      return new HearthConnectionException(instance + " did not answer in time.", e);
    }
    return new HearthConnectionException(
        "Talking to " + instance + " failed: " + oneLine(String.valueOf(e.getMessage())), e);
  }

  private static Answer answer(HttpResponse<?> response, byte[] body) {
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        new String(body, StandardCharsets.UTF_8),
        response.headers().firstValue("Retry-After").orElse(null));
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
      return answer(response, body);
    } catch (IOException e) {
      throw unreachable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HearthConnectionException("Interrupted while talking to " + instance + ".", e);
    }
  }

  private JsonValue parse(Answer response, URI uri) {
    try (JsonReader reader = WireJson.JSON.createReader(new StringReader(response.body()))) {
      return reader.readValue();
    } catch (JsonException | IllegalStateException e) {
      throw new HearthConnectionException(
          uri + " answered " + response.statusCode() + " with a body that is not JSON.", e);
    }
  }

  private HearthApiException problem(Answer response) {
    int status = response.statusCode();
    Optional<JsonObject> body = problemBody(response);
    Long retryAfter = retryAfterSeconds(response.retryAfter());
    if (body.isEmpty()) {
      return new HearthApiException(
          "about:blank",
          status,
          "HTTP " + status,
          instance + " answered HTTP " + status,
          List.of(),
          null,
          retryAfter);
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
    Long currentEpoch =
        p.get("currentEpoch") instanceof JsonNumber n && n.isIntegral() && n.longValue() >= 0
            ? n.longValue()
            : null;
    return new HearthApiException(
        type == null ? "about:blank" : type,
        status,
        text(p, "title") == null ? "HTTP " + status : text(p, "title"),
        text(p, "detail"),
        errors,
        currentEpoch,
        retryAfter);
  }

  /** {@code Retry-After} in delta-seconds (RFC 9110 section 10.2.3); dates are not used here. */
  private static Long retryAfterSeconds(String header) {
    if (header == null) {
      return null;
    }
    try {
      long seconds = Long.parseLong(header.strip());
      return seconds >= 0 ? seconds : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Optional<JsonObject> problemBody(Answer response) {
    String contentType = response.contentType();
    if (!contentType.startsWith("application/problem+json")
        && !contentType.startsWith("application/json")) {
      return Optional.empty();
    }
    try (JsonReader reader = WireJson.JSON.createReader(new StringReader(response.body()))) {
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
