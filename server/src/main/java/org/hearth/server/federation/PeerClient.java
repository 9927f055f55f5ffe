package org.hearth.server.federation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.hearth.federation.BaseUrl;
import org.hearth.federation.FederationException;
import org.hearth.federation.FeedKind;
import org.hearth.federation.KnownPeer;
import org.hearth.federation.protocol.FeedWire;
import org.hearth.federation.protocol.InstanceWire;
import org.hearth.federation.protocol.RequestClaims;
import org.hearth.federation.spi.InstanceDocumentFetcher;
import org.hearth.federation.verify.InstanceDocumentIn;

/**
 * Calls other instances: fetches instance documents, pulls feeds with conditional requests and
 * posts to inboxes, every call but the public instance document signed with the instance key.
 * Bounds each answer's time and size; never follows redirects; talks https only (plain HTTP to
 * loopback where the settings allow it).
 */
@ApplicationScoped
public class PeerClient implements InstanceDocumentFetcher {
  @Inject LocalInstance local;
  @Inject FederationSettings settings;

  Clock clock = Clock.systemUTC();

  private HttpClient http;

  /** A feed pull's answer: 304 (no body) or 200 with the feed and its ETag. */
  public record FeedAnswer(int status, Optional<String> body) {}

  @PostConstruct
  void create() {
    http =
        HttpClient.newBuilder()
            .connectTimeout(settings.httpTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public String fetch(BaseUrl baseUrl) throws IOException {
    URI uri = target(baseUrl, "/.well-known/hearth-instance");
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.httpTimeout())
            .header("Accept", InstanceWire.MEDIA_TYPE)
            .GET()
            .build();
    HttpResponse<InputStream> response = send(request);
    if (response.statusCode() != 200) {
      response.body().close();
      throw new IOException("the instance document answered " + response.statusCode());
    }
    return read(response.body(), InstanceDocumentIn.MAX_CHARS)
        .orElseThrow(() -> new IOException("the instance document is too large"));
  }

  /**
   * Pulls {@code kind} from {@code peer}, conditionally on {@code etag}.
   *
   * @throws FederationException {@code TOO_LARGE} when the answer passes {@code maxBytes}
   * @throws IOException when the peer cannot be reached or answers neither 200 nor 304
   */
  public FeedAnswer feed(KnownPeer peer, FeedKind<?> kind, Optional<String> etag, int maxBytes)
      throws IOException, FederationException {
    String path =
        kind == FeedKind.DIRECTORY
            ? peer.document().endpoints().directory()
            : peer.document().endpoints().resources();
    URI uri = target(peer.baseUrl(), path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.httpTimeout())
            .header("Accept", FeedWire.MEDIA_TYPE)
            .header(RequestClaims.HEADER, sign("GET", uri, new byte[0], peer))
            .GET();
    etag.ifPresent(e -> request.header("If-None-Match", e));
    HttpResponse<InputStream> response = send(request.build());
    if (response.statusCode() == 304) {
      response.body().close();
      return new FeedAnswer(304, Optional.empty());
    }
    if (response.statusCode() != 200) {
      response.body().close();
      throw new IOException("the feed answered " + response.statusCode());
    }
    String body =
        read(response.body(), maxBytes)
            .orElseThrow(
                () ->
                    new FederationException(
                        FederationException.Reason.TOO_LARGE, "feed over " + maxBytes + " bytes"));
    return new FeedAnswer(200, Optional.of(body));
  }

  /**
   * Posts {@code body} to {@code peer}'s inbox, signed.
   *
   * @return the HTTP status of the answer
   */
  public int postToInbox(KnownPeer peer, String contentType, byte[] body) throws IOException {
    URI uri = target(peer.baseUrl(), peer.document().endpoints().inbox());
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.httpTimeout())
            .header("Content-Type", contentType)
            .header(RequestClaims.HEADER, sign("POST", uri, body, peer))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<InputStream> response = send(request);
    response.body().close();
    return response.statusCode();
  }

  /** Posts a peering request, which is self-signed and needs no request signature. */
  public int postPeeringRequest(BaseUrl to, String inboxPath, String json) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(target(to, inboxPath))
            .timeout(settings.httpTimeout())
            .header("Content-Type", InboxResource.PEERING_REQUEST)
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
    HttpResponse<InputStream> response = send(request);
    response.body().close();
    return response.statusCode();
  }

  private String sign(String method, URI uri, byte[] body, KnownPeer to) {
    String pathAndQuery =
        uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    return local
        .signer()
        .signRequest(method, pathAndQuery, body, to.pinnedThumbprint(), clock.instant());
  }

  private URI target(BaseUrl base, String path) throws IOException {
    if (!local.allowed(base)) {
      throw new IOException("plain HTTP to other instances is off: use https");
    }
    return base.resolve(path);
  }

  private HttpResponse<InputStream> send(HttpRequest request) throws IOException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** The body as UTF-8 text, or empty if it has more than {@code max} bytes. */
  private static Optional<String> read(InputStream in, int max) throws IOException {
    try (in) {
      byte[] bytes = in.readNBytes(max + 1);
      if (bytes.length > max) {
        return Optional.empty();
      }
      return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }
  }
}
