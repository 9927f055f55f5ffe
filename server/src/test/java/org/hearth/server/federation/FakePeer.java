package org.hearth.server.federation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.BaseUrl;
import org.hearth.federation.Contact;
import org.hearth.federation.Cost;
import org.hearth.federation.Endpoints;
import org.hearth.federation.EntryId;
import org.hearth.federation.FeedKind;
import org.hearth.federation.GroupDescriptor;
import org.hearth.federation.GroupListing;
import org.hearth.federation.Hours;
import org.hearth.federation.InstanceDocument;
import org.hearth.federation.JoinPolicy;
import org.hearth.federation.Origin;
import org.hearth.federation.ResourceEntry;
import org.hearth.federation.ResourceKind;
import org.hearth.federation.protocol.FeedWire;
import org.hearth.federation.protocol.InstanceSigner;
import org.hearth.federation.protocol.InstanceWire;
import org.hearth.federation.protocol.SignedEntry;

/**
 * A scripted instance in the test's own process, speaking the federation protocol with the protocol
 * module's signers: it serves whatever feeds a test sets, including broken and forged ones, and can
 * change its key without announcing it. It listens on loopback only.
 */
final class FakePeer implements AutoCloseable {
  private final String name;
  private final HttpServer server;
  private final BaseUrl baseUrl;
  private final AtomicInteger inboxPosts = new AtomicInteger();
  private volatile InstanceSigner signer;
  private volatile Ed25519KeyPair key;
  private volatile String directory = "";
  private volatile String resources = "";

  FakePeer(String name) {
    this.name = name;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    baseUrl = new BaseUrl("http://127.0.0.1:" + server.getAddress().getPort());
    useKey(Ed25519KeyPair.generate());
    server.createContext(
        "/.well-known/hearth-instance",
        ex -> answer(ex, 200, InstanceWire.MEDIA_TYPE, wire().toJson()));
    server.createContext(
        Endpoints.DEFAULT.directory(), ex -> answer(ex, 200, FeedWire.MEDIA_TYPE, directory));
    server.createContext(
        Endpoints.DEFAULT.resources(), ex -> answer(ex, 200, FeedWire.MEDIA_TYPE, resources));
    server.createContext(
        Endpoints.DEFAULT.inbox(),
        ex -> {
          ex.getRequestBody().readAllBytes();
          inboxPosts.incrementAndGet();
          answer(ex, 202, "text/plain", "");
        });
    server.start();
  }

  BaseUrl baseUrl() {
    return baseUrl;
  }

  InstanceSigner signer() {
    return signer;
  }

  KeyThumbprint thumbprint() {
    return key.publicKey().thumbprint();
  }

  int inboxPosts() {
    return inboxPosts.get();
  }

  /** Replaces the key without a rotation signed by the old one: peers must refuse this. */
  void changeKeyWithoutAnnouncing() {
    useKey(Ed25519KeyPair.generate());
  }

  InstanceWire wire() {
    InstanceDocument doc =
        new InstanceDocument(
            name,
            name + " operators",
            "A scripted peer for tests.",
            baseUrl,
            key.publicKey(),
            Endpoints.DEFAULT,
            InstanceDocument.PROTOCOL_VERSION,
            Instant.now().truncatedTo(ChronoUnit.SECONDS));
    return signer.instanceWire(doc, List.of());
  }

  void serveDirectory(String json) {
    directory = json;
  }

  void serveResources(String json) {
    resources = json;
  }

  /** A valid directory feed of one group. */
  FeedWire directoryFeed(long sequence, String groupName) {
    Origin self = new Origin(thumbprint(), baseUrl);
    String id = "11111111-2222-3333-4444-555555555555";
    GroupListing listing =
        new GroupListing(
            new EntryId(id),
            self,
            new GroupDescriptor(
                groupName,
                "A group on a scripted peer.",
                List.of("grief"),
                "en",
                Optional.empty(),
                12,
                JoinPolicy.APPROVAL,
                Optional.empty()),
            URI.create(baseUrl + "/groups/" + id),
            Instant.parse("2026-11-20T10:00:00Z"));
    SignedEntry signed = signer.feeds().signEntry(FeedKind.DIRECTORY, listing);
    return signer.feeds().signFeed(FeedKind.DIRECTORY, sequence, Instant.now(), List.of(signed));
  }

  /** A valid resource feed of one crisis line for {@code country}. */
  FeedWire resourcesFeed(long sequence, String lineName, String country) {
    return signer
        .feeds()
        .signFeed(FeedKind.RESOURCES, sequence, Instant.now(), List.of(line(lineName, country)));
  }

  SignedEntry line(String lineName, String country) {
    Origin self = new Origin(thumbprint(), baseUrl);
    ResourceEntry entry =
        new ResourceEntry(
            new EntryId("line-" + country.toLowerCase(java.util.Locale.ROOT)),
            self,
            ResourceKind.CRISIS_LINE,
            lineName,
            "A crisis line listed by a scripted peer.",
            List.of(country),
            List.of("en"),
            new Contact(
                Optional.of("0800 543 354"), Optional.empty(), Optional.empty(), Optional.empty()),
            Hours.ALWAYS,
            Cost.FREE,
            "Scripted peer team",
            Instant.parse("2026-11-20T10:00:00Z"),
            LocalDate.of(2027, 5, 20),
            Instant.parse("2026-11-20T10:00:00Z"));
    return signer.feeds().signEntry(FeedKind.RESOURCES, entry);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void useKey(Ed25519KeyPair fresh) {
    key = fresh;
    signer = new InstanceSigner(fresh);
  }

  private static void answer(HttpExchange ex, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
