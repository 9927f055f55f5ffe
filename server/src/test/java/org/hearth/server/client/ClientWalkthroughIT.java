package org.hearth.server.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import org.hearth.client.api.CreateGroupRequest;
import org.hearth.client.api.GroupDescriptor;
import org.hearth.client.api.HearthApiException;
import org.hearth.client.api.HearthClient;
import org.hearth.client.api.JoinPolicy;
import org.hearth.client.cli.HearthCli;
import org.hearth.client.keyring.KeyScope;
import org.hearth.client.keyring.Keyring;
import org.hearth.client.keyring.KeyringFile;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.Fingerprint;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.PassphraseSeal;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk-through of the README's "Command-line client" section against a real server: an operator
 * makes a keyring, becomes admin with the setup code from the data directory, creates a group and
 * finds it; a member signs in with a fresh key for that group; bad input comes back as the server's
 * problem detail.
 */
@ExtendWith(HearthServers.class)
class ClientWalkthroughIT {
  private static final String PASSPHRASE = "a long keyring passphrase";
  private static final Pattern CREATED = Pattern.compile("Created group ([0-9a-f-]{36})\\.");

  @TempDir Path dir;

  private String out;
  private String err;

  @Test
  void anOperatorSetsUpCreatesAndListsAGroupAndAMemberSignsInWithAGroupKey(
      @Instance("client") HearthServer hearth) throws IOException {
    String url = hearth.baseUri().toString();
    assertEquals(0, hearth("keyring", "init"), err);

    assertEquals(0, hearth("instance", "info", url), err);
    String instanceKey =
        Http.json(Http.get(hearth.uri("/.well-known/hearth"))).getString("thumbprint");
    assertTrue(out.contains(Fingerprint.of(new KeyThumbprint(instanceKey)).value()), out);

    Path codeFile = hearth.dataDir().resolve("admin-setup-code");
    assertEquals(0, hearth("admin", "setup", url, "--code-file", codeFile.toString()), err);
    assertFalse(Files.exists(codeFile), "the spent code's file is gone");
    assertEquals(2, hearth("admin", "setup", url, "--code-file", codeFile.toString()));
    assertTrue(err.startsWith("hearth: Cannot read the setup code"), err);

    Keyring keyring = keyring();
    Ed25519KeyPair admin = keyring.key(KeyScope.admin(InstanceUrl.parse(url)));
    assertEquals(0, hearth("admin", "keys", "list", url), err);
    assertTrue(out.contains(admin.publicKey().thumbprint().value()), out);

    String topic = "t" + UUID.randomUUID().toString().substring(0, 8);
    Path guidelines = dir.resolve("guidelines.txt");
    Files.writeString(guidelines, "Be kind.\nWhat is said here stays here.\n");
    assertEquals(
        0,
        hearth(
            "groups",
            "create",
            url,
            "--name",
            "Evening anxiety circle",
            "--description",
            "A calm space after work.",
            "--language",
            "en",
            "--join-policy",
            "APPROVAL",
            "--topic",
            topic,
            "--guidelines-file",
            guidelines.toString()),
        err);
    Matcher created = CREATED.matcher(out);
    assertTrue(created.find(), out);
    GroupId group = GroupId.parse(created.group(1));

    assertEquals(0, hearth("groups", "list", url, "--topic", topic), err);
    assertTrue(
        out.contains(group + "  Evening anxiety circle  [en, APPROVAL, " + topic + "]"), out);
    assertEquals(0, hearth("groups", "show", url, group.toString()), err);
    assertTrue(out.contains("  What is said here stays here."), out);

    assertEquals(0, hearth("signin", url, "--group", group.toString()), err);
    assertTrue(out.startsWith("Made a new key"), out);
    assertEquals(0, hearth("signin", url, "--group", group.toString()), err);
    assertTrue(out.startsWith("Signed in with key"), out);
    assertEquals(0, hearth("signin", url), err);

    keyring = keyring();
    InstanceUrl instance = InstanceUrl.parse(url);
    KeyThumbprint groupKey = keyring.key(KeyScope.group(instance, group)).publicKey().thumbprint();
    KeyThumbprint defaultKey = keyring.key(KeyScope.defaultFor(instance)).publicKey().thumbprint();
    assertEquals(3, keyring.entries().size());
    assertNotEquals(groupKey, defaultKey, "a fresh key per group");
    assertNotEquals(groupKey, admin.publicKey().thumbprint());

    HearthClient client = new HearthClient(instance);
    Ed25519KeyPair member = keyring.key(KeyScope.group(instance, group));
    assertEquals(groupKey, client.currentSession(member).subject());
    client.signOut(member);

    Path secondDevice = dir.resolve("second-admin");
    assertEquals(0, hearthWith(secondDevice, "keyring", "init"), err);
    assertEquals(0, hearthWith(secondDevice, "admin", "my-key", url), err);
    String jwk = out.lines().filter(l -> l.startsWith("Public key:")).findFirst().orElseThrow();
    String secondKey =
        Ed25519PublicKey.fromJwk(jwk.substring("Public key:".length()).strip())
            .thumbprint()
            .value();
    assertEquals(0, hearth("admin", "keys", "add", url, "--public-key", jwk.substring(11)), err);
    assertEquals(0, hearthWith(secondDevice, "admin", "keys", "list", url), err);
    assertTrue(out.contains(secondKey), "the second admin's key works: " + out);
    assertEquals(0, hearth("admin", "keys", "revoke", url, secondKey), err);
    assertEquals(1, hearthWith(secondDevice, "admin", "keys", "list", url));
    assertTrue(err.contains("[forbidden, HTTP 403]"), err);

    assertEquals(
        1,
        hearth(
            "groups",
            "create",
            url,
            "--name",
            "Bad",
            "--description",
            "d",
            "--language",
            "English",
            "--join-policy",
            "OPEN",
            "--guidelines-file",
            guidelines.toString()));
    assertTrue(err.startsWith("hearth: ") && err.contains("[validation, HTTP 422]"), err);
    assertTrue(err.contains("\n  language: "), err);
    assertFalse(err.contains("Exception"), err);
  }

  @Test
  void refusalsReachTheUserAsTheServersProblem(@Instance("client") HearthServer hearth)
      throws Exception {
    String url = hearth.baseUri().toString();
    assertEquals(1, hearth("help-lines", url, "--country", "Uganda"));
    assertEquals(
        "hearth: country must be a two-letter ISO 3166-1 code. [validation, HTTP 422]",
        err.lines().findFirst().orElse(""));
    assertTrue(err.contains("  country: must be two letters"), err);

    assertEquals(1, hearth("groups", "show", url, UUID.randomUUID().toString()));
    assertEquals("hearth: There is no such group. [not-found, HTTP 404]\n", err);

    HearthClient client = new HearthClient(InstanceUrl.parse(url));
    HearthApiException forbidden =
        assertThrows(
            HearthApiException.class,
            () ->
                client.createGroup(
                    Ed25519KeyPair.generate(),
                    CreateGroupRequest.of("Mine", "d", "en", JoinPolicy.OPEN, "g")));
    assertEquals(403, forbidden.status());
    assertEquals("urn:hearth:problem:forbidden", forbidden.type());
    assertEquals("On this instance only admins create groups.", forbidden.getMessage());

    List<GroupDescriptor> listed = client.groups(null, "en");
    assertTrue(listed.stream().allMatch(g -> g.language().equals("en")), listed.toString());

    Process jar =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("../client/target/hearth-client.jar").toAbsolutePath().toString(),
                "help-lines",
                url,
                "--country",
                "UG")
            .redirectErrorStream(true)
            .start();
    assertTrue(jar.waitFor(60, TimeUnit.SECONDS));
    String printed = new String(jar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, jar.exitValue(), printed);
    assertFalse(printed.isBlank(), "the packaged command line prints the help lines");
  }

  private int hearth(String... args) {
    return hearthWith(dir.resolve("keyring"), args);
  }

  private int hearthWith(Path keyring, String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    String[] withKeyring = new String[args.length + 2];
    withKeyring[0] = "--keyring";
    withKeyring[1] = keyring.toString();
    System.arraycopy(args, 0, withKeyring, 2, args.length);
    int code =
        HearthCli.run(
            Map.of("HEARTH_KEYRING_PASSPHRASE", PASSPHRASE),
            dir,
            new PrintWriter(o, true),
            new PrintWriter(e, true),
            withKeyring);
    out = o.toString();
    err = e.toString();
    return code;
  }

  private Keyring keyring() {
    return KeyringFile.keyring(dir.resolve("keyring"), new PassphraseSeal())
        .load(PASSPHRASE.toCharArray());
  }
}
