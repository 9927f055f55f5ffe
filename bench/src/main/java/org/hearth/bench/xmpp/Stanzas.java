package org.hearth.bench.xmpp;

/**
 * The few stanzas the benchmark's XMPP client sends, as text (RFC 6120 §4.2 stream header and
 * §6.4.2 SASL auth, §7 resource binding, XEP-0045 §7.2 join and §7.4 groupchat message).
 *
 * <p>Stateless and thread-safe.
 */
public final class Stanzas {
  static final String SASL = "urn:ietf:params:xml:ns:xmpp-sasl";
  static final String BIND = "urn:ietf:params:xml:ns:xmpp-bind";
  static final String MUC = "http://jabber.org/protocol/muc";

  private Stanzas() {}

  /** Opens the client's stream to {@code domain}. */
  public static String streamHeader(String domain) {
    return "<?xml version='1.0'?><stream:stream to='"
        + escape(domain)
        + "' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'"
        + " version='1.0'>";
  }

  /** SASL ANONYMOUS (RFC 4505) with no trace data. */
  public static String anonymousAuth() {
    return "<auth xmlns='" + SASL + "' mechanism='ANONYMOUS'/>";
  }

  /** Asks the server to bind a resource of its choice. */
  public static String bind(String id) {
    return "<iq type='set' id='" + escape(id) + "'><bind xmlns='" + BIND + "'/></iq>";
  }

  /** Joins {@code room} as {@code nick}, asking for no history. */
  public static String join(String room, String nick) {
    return "<presence to='"
        + escape(room + "/" + nick)
        + "'><x xmlns='"
        + MUC
        + "'><history maxstanzas='0'/></x></presence>";
  }

  /** A groupchat message to {@code room}. */
  public static String groupMessage(String room, String id, String body) {
    return "<message to='"
        + escape(room)
        + "' type='groupchat' id='"
        + escape(id)
        + "'><body>"
        + escape(body)
        + "</body></message>";
  }

  /** Closes the stream. */
  public static String streamEnd() {
    return "</stream:stream>";
  }

  /** Escapes text and attribute values (XML 1.0 §2.4: the five predefined entities). */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\'' -> out.append("&apos;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
