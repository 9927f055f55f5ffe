package org.hearth.server.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.client.cli.HearthCli;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Two members talking" walk-through, command by command, with Ana's and Bo's
 * keyrings: an approval group (request, accept, finish with the Welcome, a thread and a reply) and
 * an open group (joined at once).
 */
@ExtendWith(HearthServers.class)
class MembersWalkthroughIT {
  private static final Pattern CREATED = Pattern.compile("Created group ([0-9a-f-]{36})\\.");
  private static final Pattern THREAD = Pattern.compile("id ([0-9a-f]{32})");

  @TempDir Path dir;
  private String out;
  private String err;

  @Test
  void twoMembersJoinAndTalkAsTheReadmeShows(@Instance("walkthrough") HearthServer hearth)
      throws IOException {
    String url = hearth.baseUri().toString();
    Path guidelines = dir.resolve("guidelines.txt");
    Files.writeString(guidelines, "Be kind.\nWhat is said here stays here.\n");

    assertEquals(0, ana("keyring", "init"), err);
    String code = hearth.dataDir().resolve("admin-setup-code").toString();
    assertEquals(0, ana("admin", "setup", url, "--code-file", code), err);
    String group = create(url, "APPROVAL", guidelines);
    assertEquals(0, ana("group", "start", url, group, "--name", "Ana"), err);

    assertEquals(0, bo("keyring", "init"), err);
    assertEquals(0, bo("join", url, group, "--name", "Bo"), err);
    assertTrue(out.startsWith("Asked to join"), out);

    assertEquals(0, ana("requests", url, group), err);
    assertEquals(1, out.lines().count(), out);
    assertEquals(0, ana("accept", url, group, "--all"), err);
    assertEquals(0, ana("send", url, group, "--title", "Tonight", "How was everyone's day?"), err);

    assertEquals(0, bo("join", url, group), err);
    assertTrue(out.startsWith("You are a member"), out);
    assertEquals(0, bo("read", url, group), err);
    assertTrue(out.contains("How was everyone's day?"), out);
    Matcher thread = THREAD.matcher(out);
    assertTrue(thread.find(), out);
    assertEquals(0, bo("send", url, group, "--thread", thread.group(1), "Long, but better now."));

    assertEquals(0, ana("read", url, group), err);
    assertTrue(out.contains("Bo ("), out);
    assertTrue(out.contains("Long, but better now."), out);
    assertEquals(0, ana("follow", url, group, "--seconds", "2"), err);

    String open = create(url, "OPEN", guidelines);
    assertEquals(0, ana("group", "start", url, open, "--name", "Ana"), err);
    assertEquals(0, bo("join", url, open, "--name", "Bo"), err);
    assertTrue(out.startsWith("Joined"), out);
    assertEquals(0, bo("send", url, open, "--title", "Hello", "Glad this exists."), err);
    assertEquals(0, ana("read", url, open), err);
    assertTrue(out.contains("Glad this exists."), out);

    // A report and the facilitator's private reply, which only the reporter reads.
    assertEquals(0, cy("keyring", "init"), err);
    assertEquals(0, cy("join", url, open, "--name", "Cy"), err);
    assertEquals(
        0, bo("send", url, open, "--title", "Hm", "Nobody here is worth talking to."), err);
    assertEquals(0, cy("read", url, open), err);
    Matcher sent = Pattern.compile("#(\\d+) .*  Bo \\(").matcher(out);
    assertTrue(sent.find(), out);
    assertEquals(0, bo("send", url, open, "--title", "Hm", "Still true."), err);
    assertEquals(0, cy("read", url, open, "--report", next(out, sent), "--reason", "HARASSMENT"));
    Matcher report = Pattern.compile("report ([0-9a-f-]{36})").matcher(out);
    assertTrue(report.find(), out + err);
    assertEquals(0, ana("reports", url, open), err);
    assertTrue(out.contains(report.group(1) + "  HARASSMENT"), out);
    assertTrue(out.contains("(can be answered privately)"), out);
    assertTrue(out.contains("Still true."), out);
    assertEquals(2, ana("reports", url, open, "--reply", report.group(1)), "a reply needs text");
    assertEquals(
        0,
        ana(
            "reports",
            url,
            open,
            "--reply",
            report.group(1),
            "--text",
            "Thank you, Cy. We see it."),
        err);
    assertTrue(out.contains("Replied privately to report " + report.group(1)), out);
    assertEquals(0, cy("read", url, open), err);
    assertTrue(out.contains("private reply about your report " + report.group(1)), out);
    assertTrue(out.contains("Thank you, Cy. We see it."), out);
    assertEquals(0, bo("read", url, open), err);
    assertFalse(out.contains("Thank you, Cy."), out);
    assertFalse(out.contains("private reply"), out);
  }

  /** The number of the message after the one {@code sent} found: Bo's second post. */
  private static String next(String out, Matcher sent) {
    return Long.toString(Long.parseLong(sent.group(1)) + 1);
  }

  private String create(String url, String policy, Path guidelines) {
    assertEquals(
        0,
        ana(
            "groups",
            "create",
            url,
            "--name",
            "Circle " + policy,
            "--description",
            "A calm space after work.",
            "--language",
            "en",
            "--join-policy",
            policy,
            "--guidelines-file",
            guidelines.toString()),
        err);
    Matcher created = CREATED.matcher(out);
    assertTrue(created.find(), out);
    return created.group(1);
  }

  private int ana(String... args) {
    return as("ana.keyring", args);
  }

  private int bo(String... args) {
    return as("bo.keyring", args);
  }

  private int cy(String... args) {
    return as("cy.keyring", args);
  }

  private int as(String keyring, String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "--keyring";
    all[1] = dir.resolve(keyring).toString();
    System.arraycopy(args, 0, all, 2, args.length);
    int code =
        HearthCli.run(
            Map.of("HEARTH_KEYRING_PASSPHRASE", "passphrase of " + keyring),
            dir,
            new PrintWriter(o, true),
            new PrintWriter(e, true),
            all);
    out = o.toString();
    err = e.toString();
    assertFalse(err.contains("Exception"), err);
    return code;
  }
}
