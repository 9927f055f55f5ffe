package org.hearth.client.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.hearth.client.member.GroupEvent;
import org.hearth.crypto.Fingerprint;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.protocol.content.Content;
import org.hearth.protocol.content.Post;
import org.hearth.protocol.content.Reaction;
import org.hearth.protocol.content.Retraction;

/**
 * Prints a group's events as plain lines, one message at a time:
 *
 * <pre>
 * #12  2026-11-26 06:45Z  Ana (4F7Q-ZK2M)  new thread "Tonight"  id 0f3c…
 *      How was everyone's day?
 * #13  2026-11-26 06:46Z  Bo (8NWC-T3RD)  reply in 0f3c…  id 77aa…
 *      [content warning: loss] (hidden; read with --reveal to show)
 * </pre>
 *
 * Senders are named by their self-chosen display name and the start of their key's fingerprint,
 * which another member cannot take. Everything that came from other members is stripped of control
 * characters, so a message cannot rewrite the terminal.
 *
 * <p>Not thread-safe; one transcript per run, called from one thread at a time.
 */
final class Transcript implements Consumer<GroupEvent> {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);
  private static final String INDENT = "     ";

  private final PrintWriter out;
  private final boolean reveal;
  private KeyThumbprint self;
  private int messages;
  private int events;

  /**
   * @param reveal whether posts with a content warning are shown in full
   */
  Transcript(PrintWriter out, boolean reveal) {
    this.out = out;
    this.reveal = reveal;
  }

  /** This member's key in the group, named "you". */
  synchronized void self(KeyThumbprint key) {
    self = key;
  }

  /** How many messages of others were printed. */
  synchronized int messages() {
    return messages;
  }

  /** How many events were printed. */
  synchronized int events() {
    return events;
  }

  @Override
  public synchronized void accept(GroupEvent event) {
    events++;
    if (event instanceof GroupEvent.Message m) {
      messages++;
      message(m);
    } else if (event instanceof GroupEvent.Gone g) {
      line(g.seq(), g.deleted() ? "(deleted by its sender)" : "(expired)");
    } else if (event instanceof GroupEvent.Missed m) {
      line(m.seq(), "to #" + m.through() + " expired before you read them");
    } else if (event instanceof GroupEvent.Unreadable u) {
      line(u.seq(), "(cannot be read: " + safe(u.reason()) + ")");
    } else if (event instanceof GroupEvent.MembersChanged c) {
      line(c.seq(), membersChanged(c));
    } else if (event instanceof GroupEvent.Proposed p) {
      line(p.seq(), who(p.by()) + (p.leaving() ? " asks to leave" : " proposed new keys"));
    } else if (event instanceof GroupEvent.PrivateReplyReceived p) {
      messages++;
      line(
          p.seq(),
          TIME.format(p.sentAt())
              + "  "
              + safe(p.displayName())
              + " ("
              + shortFingerprint(p.sender())
              + ")  private reply about your report "
              + p.reportId()
              + " (only you can read it)");
      p.text().lines().forEach(l -> out.println(INDENT + safe(l)));
    } else if (event instanceof GroupEvent.Removed r) {
      line(r.seq(), "You were removed from the group; nothing after this can be read.");
    }
    out.flush();
  }

  private void message(GroupEvent.Message m) {
    Content content = m.content();
    String head =
        TIME.format(m.sentAt())
            + "  "
            + safe(content.displayName())
            + " ("
            + shortFingerprint(m.sender())
            + ")  ";
    if (content instanceof Post p) {
      String what =
          p.thread() == null
              ? "new thread \"" + safe(p.title()) + "\""
              : "reply in " + p.thread().hex();
      line(m.seq(), head + what + "  id " + p.id().hex());
      if (p.contentWarning() != null && !reveal) {
        out.println(
            INDENT
                + "[content warning: "
                + safe(p.contentWarning())
                + "] (hidden; read with --reveal to show)");
        return;
      }
      if (p.contentWarning() != null) {
        out.println(INDENT + "[content warning: " + safe(p.contentWarning()) + "]");
      }
      p.body().lines().forEach(l -> out.println(INDENT + safe(l)));
    } else if (content instanceof Reaction r) {
      line(m.seq(), head + "reacted " + safe(r.emoji()) + " to " + r.target().hex());
    } else if (content instanceof Retraction r) {
      line(m.seq(), head + "took back " + r.target().hex());
    }
  }

  private String membersChanged(GroupEvent.MembersChanged c) {
    if (c.joined().isEmpty() && c.left().isEmpty()) {
      return "(new group keys, epoch " + c.epoch() + ")";
    }
    StringBuilder text = new StringBuilder();
    if (!c.joined().isEmpty()) {
      text.append("joined: ").append(names(c.joined()));
    }
    if (!c.left().isEmpty()) {
      text.append(text.length() == 0 ? "" : "; ").append("left: ").append(names(c.left()));
    }
    return text.append(" (epoch ").append(c.epoch()).append(')').toString();
  }

  private String names(List<KeyThumbprint> keys) {
    return keys.stream().map(this::who).collect(Collectors.joining(", "));
  }

  private String who(KeyThumbprint key) {
    return key.equals(self) ? "you" : "a member (" + shortFingerprint(key) + ")";
  }

  private void line(long seq, String text) {
    out.println(String.format("#%-4d %s", seq, text));
  }

  /** The first two groups of a key's fingerprint, enough to tell a group's members apart. */
  static String shortFingerprint(KeyThumbprint key) {
    return Fingerprint.of(key).value().substring(0, 9);
  }

  /** A time for people, in UTC. */
  static String time(Instant instant) {
    return TIME.format(instant);
  }

  /** Text from other people without control or bidirectional characters. */
  static String safe(String text) {
    return text == null
        ? ""
        : text.replaceAll(
            "[\\p{Cntrl}\\u2028\\u2029\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]", "");
  }
}
