package org.hearth.bench.xmpp;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.hearth.bench.ChatMember;
import org.hearth.bench.measure.Deliveries;

/**
 * One anonymous XMPP user in one multi-user chat room, driven in the closed loop: a message's body
 * starts with its key and a ';', padded to the payload size; its next message goes out when the
 * room reflects the previous one back (XEP-0045 §7.4). One reader thread per member.
 *
 * <p>Thread-safe.
 */
public final class XmppMember implements ChatMember {
  private final int id;
  private final String domain;
  private final String room;
  private final int payload;
  private final Deliveries counts;
  private final Socket socket = new Socket();
  private OutputStream out;
  private StanzaReader reader;
  private long sent;
  private volatile boolean running;

  XmppMember(int id, String domain, String room, int payload, Deliveries counts) {
    this.id = id;
    this.domain = domain;
    this.room = room;
    this.payload = payload;
    this.counts = counts;
  }

  /** Connects, signs in anonymously, binds a resource and joins the room; then listens. */
  void connect(InetSocketAddress server) throws IOException {
    socket.setTcpNoDelay(true);
    socket.connect(server, 5000);
    socket.setSoTimeout(30_000);
    out = new BufferedOutputStream(socket.getOutputStream());
    reader = open();
    requireMechanism(reader.next());
    write(Stanzas.anonymousAuth());
    Element result = reader.next();
    if (!result.name().equals("success")) {
      throw new IOException("anonymous sign-in refused: " + result.name());
    }
    reader = open();
    reader.next(); // features after authentication: bind
    write(Stanzas.bind("bind-" + id));
    expect("iq", "result");
    String nick = "m" + id;
    write(Stanzas.join(room, nick));
    // The room's presence of this occupant carries status 110 (XEP-0045 §7.2.3).
    while (true) {
      Element e = reader.next();
      if (e.name().equals("presence") && e.hasDescendant("status", "code", "110")) {
        break;
      }
      if (e.name().equals("presence") && "error".equals(e.attribute("type"))) {
        throw new IOException("could not join " + room);
      }
    }
    socket.setSoTimeout(0);
    Thread listener = new Thread(this::listen, "xmpp-" + id);
    listener.setDaemon(true);
    listener.start();
  }

  @Override
  public void start() {
    running = true;
    sendNext();
  }

  @Override
  public void stop() {
    running = false;
    try {
      write(Stanzas.streamEnd());
    } catch (IOException e) {
      // Closing anyway.
    }
    try {
      socket.close();
    } catch (IOException e) {
      // Nothing left to do.
    }
  }

  private void listen() {
    try {
      while (true) {
        Element e = reader.next();
        if (!e.name().equals("message") || !"groupchat".equals(e.attribute("type"))) {
          continue;
        }
        long at = System.nanoTime();
        String body = e.child("body").map(Element::text).orElse("");
        int end = body.indexOf(';');
        if (end <= 0) {
          continue;
        }
        if (counts.received(body.substring(0, end), id, at) == Deliveries.Receipt.ECHO) {
          counts.accepted(at);
          if (running) {
            sendNext();
          }
        }
      }
    } catch (IOException e) {
      if (running) {
        counts.failed("xmpp stream ended: " + e.getMessage());
      }
    }
  }

  private void sendNext() {
    String key = "m" + id + "." + (++sent);
    counts.sending(key, id, System.nanoTime());
    try {
      write(Stanzas.groupMessage(room, key, body(key, payload)));
    } catch (IOException e) {
      counts.failed("xmpp send: " + e.getMessage());
    }
  }

  /** A body of {@code payload} bytes: the key, ';', then padding. */
  static String body(String key, int payload) {
    String head = key + ";";
    return head + "x".repeat(Math.max(0, payload - head.length()));
  }

  private StanzaReader open() throws IOException {
    write(Stanzas.streamHeader(domain));
    StanzaReader r = new StanzaReader(socket.getInputStream());
    r.streamHeader();
    return r;
  }

  private static void requireMechanism(Element features) throws IOException {
    boolean anonymous =
        features
            .child("mechanisms")
            .map(
                m ->
                    m.children().stream()
                        .anyMatch(
                            c -> c.name().equals("mechanism") && c.text().equals("ANONYMOUS")))
            .orElse(false);
    if (!anonymous) {
      throw new IOException("the server does not offer SASL ANONYMOUS");
    }
  }

  private void expect(String name, String type) throws IOException {
    Element e = reader.next();
    if (!e.name().equals(name) || !type.equals(e.attribute("type"))) {
      throw new IOException("expected <" + name + " type='" + type + "'>, got <" + e.name() + ">");
    }
  }

  private synchronized void write(String xml) throws IOException {
    out.write(xml.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
