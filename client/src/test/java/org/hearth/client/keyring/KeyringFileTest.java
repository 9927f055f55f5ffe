package org.hearth.client.keyring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import org.hearth.crypto.PassphraseSeal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyringFileTest {
  static final PassphraseSeal FAST = new PassphraseSeal(new PassphraseSeal.Cost(64, 1, 1));
  static final InstanceUrl HOME = InstanceUrl.parse("http://localhost:9080");
  static final char[] PASSPHRASE = "correct horse".toCharArray();
  static final Instant NOW = Instant.parse("2026-11-26T05:00:00Z");

  @TempDir Path dir;

  @Test
  void aSavedKeyringOpensToTheSameKeysAndIsPrivate() throws IOException {
    Keyring keyring = new Keyring();
    keyring.keyFor(KeyScope.admin(HOME), "admin key", NOW);
    KeyScope group = KeyScope.group(HOME, new GroupId(UUID.randomUUID()));
    keyring.keyFor(group, "evening group", NOW);
    keyring.putMlsState(group, "group-state", new byte[] {1, 2, 3});
    KeyringFile file = KeyringFile.keyring(dir.resolve("sub/keyring"), FAST);

    file.create(keyring, PASSPHRASE);
    Keyring opened = file.load(PASSPHRASE);

    assertEquals(keyring.entries(), opened.entries());
    assertArrayEquals(new byte[] {1, 2, 3}, opened.mlsState(group).get("group-state"));
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path().getParent())));
  }

  @Test
  void theWrongPassphraseIsRefused() {
    KeyringFile file = saved(new Keyring());
    KeyringException e =
        assertThrows(KeyringException.class, () -> file.load("wrong horse".toCharArray()));
    assertEquals(KeyringException.Reason.WRONG_PASSPHRASE, e.reason());
  }

  @Test
  void aTamperedFileIsRefused() throws IOException {
    KeyringFile file = saved(withOneKey());
    byte[] bytes = Files.readAllBytes(file.path());
    bytes[bytes.length - 20] ^= 1;
    Files.write(file.path(), bytes);
    assertEquals(
        KeyringException.Reason.WRONG_PASSPHRASE,
        assertThrows(KeyringException.class, () -> file.load(PASSPHRASE)).reason());

    Files.write(file.path(), "not a keyring at all, just text".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        KeyringException.Reason.UNREADABLE,
        assertThrows(KeyringException.class, () -> file.load(PASSPHRASE)).reason());
  }

  @Test
  void anUnknownVersionIsRefusedByName() throws IOException {
    Path path = dir.resolve("keyring");
    String future = "{\"format\":\"hearth-keyring\",\"version\":2,\"entries\":[]}";
    Files.write(path, FAST.seal(future.getBytes(StandardCharsets.UTF_8), PASSPHRASE));
    KeyringException e =
        assertThrows(
            KeyringException.class, () -> KeyringFile.keyring(path, FAST).load(PASSPHRASE));
    assertEquals(KeyringException.Reason.UNREADABLE, e.reason());
    assertTrue(e.getMessage().contains("version 2"), e.getMessage());
  }

  @Test
  void anExportFileIsNotAKeyring() {
    Path path = dir.resolve("export");
    KeyringFile.export(path, FAST).create(withOneKey(), PASSPHRASE);
    KeyringException e =
        assertThrows(
            KeyringException.class, () -> KeyringFile.keyring(path, FAST).load(PASSPHRASE));
    assertTrue(e.getMessage().contains("hearth-keyring-export"), e.getMessage());
  }

  @Test
  void createNeverReplacesAFileAndLoadNamesAMissingOne() {
    KeyringFile file = saved(new Keyring());
    assertEquals(
        KeyringException.Reason.EXISTS,
        assertThrows(KeyringException.class, () -> file.create(new Keyring(), PASSPHRASE))
            .reason());
    KeyringException missing =
        assertThrows(
            KeyringException.class,
            () -> KeyringFile.keyring(dir.resolve("none"), FAST).load(PASSPHRASE));
    assertEquals(KeyringException.Reason.MISSING, missing.reason());
    assertTrue(missing.getMessage().contains("hearth keyring init"));
  }

  @Test
  void aWriteThatFailsBeforeTheRenameLeavesTheOldFileAndNoPartialOne() throws IOException {
    Keyring before = withOneKey();
    KeyringFile file = saved(before);
    byte[] old = Files.readAllBytes(file.path());

    IOException crash =
        assertThrows(
            IOException.class,
            () ->
                AtomicFile.write(
                    file.path(),
                    new byte[] {9, 9, 9},
                    temporary -> {
                      assertTrue(Files.exists(temporary));
                      throw new IOException("power lost");
                    }));

    assertEquals("power lost", crash.getMessage());
    assertArrayEquals(old, Files.readAllBytes(file.path()));
    assertEquals(before.entries(), file.load(PASSPHRASE).entries());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file.path()), files.toList());
    }
  }

  @Test
  void oneHolderAtATimeChangesAKeyring() {
    KeyringFile file = saved(new Keyring());
    try (KeyringLock held = file.lock(Duration.ofSeconds(1))) {
      assertNotNull(held);
      KeyringException busy =
          assertThrows(KeyringException.class, () -> file.lock(Duration.ofMillis(200)));
      assertEquals(KeyringException.Reason.BUSY, busy.reason());
    }
    file.lock(Duration.ofMillis(200)).close();
  }

  private KeyringFile saved(Keyring keyring) {
    KeyringFile file = KeyringFile.keyring(dir.resolve("keyring"), FAST);
    file.create(keyring, PASSPHRASE);
    return file;
  }

  private static Keyring withOneKey() {
    Keyring keyring = new Keyring();
    keyring.keyFor(KeyScope.defaultFor(HOME), "", NOW);
    return keyring;
  }
}
