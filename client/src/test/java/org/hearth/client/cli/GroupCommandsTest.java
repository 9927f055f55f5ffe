package org.hearth.client.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.client.GroupId;
import org.hearth.client.api.HearthClient;
import org.hearth.client.api.JoinPolicy;
import org.hearth.client.keyring.KeyScope;
import org.hearth.client.keyring.KeyringFile;
import org.hearth.client.testing.FakeHearth;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.PassphraseSeal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The group commands as two people use them, each with their own keyring, against a stand-in. */
class GroupCommandsTest {
  private static final PassphraseSeal CHEAP = new PassphraseSeal(new PassphraseSeal.Cost(64, 1, 1));
  private static final Pattern THREAD = Pattern.compile("thread id ([0-9a-f]{32})");

  @RegisterExtension final FakeHearth hearth = new FakeHearth();
  @TempDir Path dir;

  String out;
  String err;

  /** What one run printed, and its exit code. */
  record Run(int code, String out, String err) {}

  /** Runs {@code hearth} as {@code who}, with that person's keyring in {@code dir}. */
  static Run run(Path dir, String who, String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    String[] withKeyring = new String[args.length + 2];
    withKeyring[0] = "--keyring";
    withKeyring[1] = dir.resolve(who).toString();
    System.arraycopy(args, 0, withKeyring, 2, args.length);
    int code;
    try (CliContext context =
        new CliContext(
            Map.of(CliContext.PASSPHRASE_ENV, "passphrase of " + who),
            Terminal.none(),
            new PrintWriter(o, true),
            new PrintWriter(e, true),
            CHEAP,
            Clock.systemUTC(),
            dir,
            HearthClient::new)) {
      code = HearthCli.run(context, withKeyring);
    }
    assertFalse(e.toString().contains("\tat "), "no stack trace: " + e);
    return new Run(code, o.toString(), e.toString());
  }

  int as(String who, String... args) {
    Run run = run(dir, who, args);
    out = run.out();
    err = run.err();
    return run.code();
  }

  KeyThumbprint key(String who, KeyScope scope) {
    return KeyringFile.keyring(dir.resolve(who), CHEAP)
        .load(("passphrase of " + who).toCharArray())
        .key(scope)
        .publicKey()
        .thumbprint();
  }

  @Test
  void twoPeopleStartJoinByApprovalAndTalk() {
    String url = hearth.url().toString();
    assertEquals(0, as("ana", "keyring", "init"), err);
    assertEquals(0, as("bo", "keyring", "init"), err);
    assertEquals(0, as("ana", "admin", "my-key", url), err);
    hearth.admin(key("ana", KeyScope.admin(hearth.url())));
    GroupId group = hearth.createGroup(JoinPolicy.APPROVAL);
    String id = group.toString();

    assertEquals(0, as("ana", "group", "start", url, id, "--name", "Ana"), err);
    assertTrue(out.contains("The admin key made this keyring's key for the group"), out);
    assertTrue(out.contains("Started the conversation"), out);

    assertEquals(2, as("bo", "join", url, id));
    assertTrue(err.contains("--name"), err);
    assertEquals(0, as("bo", "join", url, id, "--name", "Bo"), err);
    assertTrue(out.startsWith("Asked to join \"Test group\""), out);
    assertTrue(out.contains("  Be kind."), "the guidelines are shown: " + out);
    assertEquals(5, as("bo", "read", url, id));
    assertTrue(err.contains("waits for a facilitator"), err);

    assertEquals(0, as("ana", "requests", url, id), err);
    assertEquals(1, out.lines().count(), out);
    String request = out.substring(0, out.indexOf(' '));
    assertEquals(0, as("ana", "accept", url, id, request), err);
    assertTrue(out.contains("Added 1 member(s)"), out);
    assertEquals(0, as("bo", "join", url, id), err);
    assertTrue(out.startsWith("You are a member of group " + id + " as Bo."), out);

    assertEquals(2, as("ana", "send", url, id, "no title or thread"));
    assertEquals(0, as("ana", "send", url, id, "--title", "Tonight", "How was your day?"), err);
    Matcher thread = THREAD.matcher(out);
    assertTrue(thread.find(), out);
    assertEquals(0, as("bo", "read", url, id), err);
    assertTrue(out.contains("Ana ("), out);
    assertTrue(out.contains("new thread \"Tonight\"  id " + thread.group(1)), out);
    assertTrue(out.contains("\n     How was your day?\n"), out);

    assertEquals(
        0, as("bo", "send", url, id, "--thread", thread.group(1), "--cw", "loss", "A hard one."));
    assertEquals(0, as("bo", "send", url, id, "--thread", thread.group(1), "Better now."), err);
    assertEquals(0, as("ana", "read", url, id), err);
    assertTrue(out.contains("Bo ("), out);
    assertTrue(out.contains("reply in " + thread.group(1)), out);
    assertTrue(out.contains("[content warning: loss] (hidden; read with --reveal"), out);
    assertFalse(out.contains("A hard one."), out);
    assertTrue(out.contains("     Better now."), out);
    assertEquals(0, as("ana", "read", url, id), err);
    assertEquals("No new messages.\n", out);

    assertEquals(0, as("ana", "group", "members", url, id), err);
    assertTrue(out.contains("(you, Ana)"), out);
    assertEquals(2, out.lines().count(), out);
  }

  @Test
  void anOpenGroupIsJoinedAtOnceFollowedLiveAndLeft() throws Exception {
    String url = hearth.url().toString();
    for (String who : new String[] {"ana", "bo", "cy"}) {
      assertEquals(0, as(who, "keyring", "init"), err);
    }
    GroupId group = hearth.createGroup(JoinPolicy.OPEN);
    String id = group.toString();
    assertEquals(5, as("ana", "group", "start", url, id, "--name", "Ana"));
    assertTrue(err.contains("does not facilitate it"), err);
    hearth.group(group).facilitate(key("ana", KeyScope.group(hearth.url(), group)));
    assertEquals(0, as("ana", "group", "start", url, id, "--name", "Ana"), err);
    assertEquals(0, as("bo", "join", url, id, "--name", "Bo"), err);
    assertTrue(out.startsWith("Joined \"Test group\" as Bo (epoch 1)."), out);
    assertEquals(0, as("cy", "join", url, id, "--name", "Cy"), err);

    CompletableFuture<Run> followed =
        CompletableFuture.supplyAsync(
            () -> run(dir, "bo", "follow", url, id, "--count", "1", "--seconds", "60"));
    Thread.sleep(500);
    assertEquals(0, as("ana", "send", url, id, "--title", "Hi", "Welcome, both."), err);
    Run live = followed.get();
    assertEquals(0, live.code(), live.err());
    assertTrue(live.out().contains("Welcome, both."), live.out());
    assertTrue(live.err().startsWith("hearth: following group"), live.err());

    assertEquals(0, as("cy", "leave", url, id), err);
    assertEquals(0, as("ana", "read", url, id), err);
    assertTrue(out.contains("asks to leave"), out);
    assertTrue(out.contains("Committed the pending proposals"), out);
    assertTrue(out.contains("left: a member ("), out);
    assertEquals(5, as("cy", "read", url, id));
    assertTrue(err.contains("not in group"), err);
  }

  @Test
  void refusalsGetAClearLineAndAnExitCode() {
    String url = hearth.url().toString();
    assertEquals(0, as("ana", "keyring", "init"), err);
    GroupId group = hearth.createGroup(JoinPolicy.INVITE_ONLY);
    String id = group.toString();
    assertEquals(5, as("ana", "read", url, id));
    assertTrue(err.startsWith("hearth: This keyring is not in group"), err);
    assertEquals(2, as("ana", "join", url, id, "--name", "Ana"));
    assertTrue(err.contains("invite-only"), err);
    assertEquals(1, as("ana", "join", url, id, "--name", "Ana", "--invite", "nope"));
    assertTrue(err.contains("[forbidden, HTTP 403]"), err);
    assertEquals(2, as("ana", "join", url, id, "--name", "x".repeat(100)));
    assertTrue(err.contains("--name: display name is too long"), err);
  }
}
