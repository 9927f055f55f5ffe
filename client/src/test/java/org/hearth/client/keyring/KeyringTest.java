package org.hearth.client.keyring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import org.hearth.crypto.KeyThumbprint;
import org.junit.jupiter.api.Test;

class KeyringTest {
  static final InstanceUrl HOME = InstanceUrl.parse("HTTP://LocalHost:9080/");
  static final Instant NOW = Instant.parse("2026-11-26T05:00:00Z");

  final KeyScope groupA = KeyScope.group(HOME, new GroupId(UUID.randomUUID()));
  final KeyScope groupB = KeyScope.group(HOME, new GroupId(UUID.randomUUID()));

  @Test
  void eachGroupGetsItsOwnKeyAndKeepsIt() {
    Keyring keyring = new Keyring();
    KeyThumbprint a = keyring.keyFor(groupA, "", NOW).publicKey().thumbprint();
    KeyThumbprint b = keyring.keyFor(groupB, "", NOW).publicKey().thumbprint();
    assertNotEquals(a, b);
    assertEquals(a, keyring.keyFor(groupA, "", NOW).publicKey().thumbprint());
    assertEquals(a, keyring.key(groupA).publicKey().thumbprint());
    assertEquals("http://localhost:9080", HOME.toString(), "one name however typed");
  }

  @Test
  void exportedKeysAreRetiredHereAndWorkOnTheOtherDevice() {
    Keyring here = new Keyring();
    KeyThumbprint a = here.keyFor(groupA, "", NOW).publicKey().thumbprint();
    here.keyFor(groupB, "", NOW);
    here.putMlsState(groupA, "group-state", new byte[] {7});

    Keyring moving = here.exportAndRetire(groupA::equals, NOW.plusSeconds(60));

    KeyringException refused = assertThrows(KeyringException.class, () -> here.key(groupA));
    assertEquals(KeyringException.Reason.MOVED, refused.reason());
    assertEquals(
        KeyringException.Reason.MOVED,
        assertThrows(KeyringException.class, () -> here.keyFor(groupA, "", NOW)).reason());
    assertThrows(KeyringException.class, () -> here.mlsState(groupA));
    KeyEntry left = here.find(groupA).orElseThrow();
    assertNull(left.seed(), "no secret stays behind");
    assertTrue(left.mlsState().isEmpty());
    here.key(groupB);

    Keyring there = new Keyring();
    assertEquals(1, there.importFrom(moving));
    assertEquals(a, there.key(groupA).publicKey().thumbprint());
    assertArrayEquals(new byte[] {7}, there.mlsState(groupA).get("group-state"));
  }

  @Test
  void importNeverOverwritesAKeyInUse() {
    Keyring there = new Keyring();
    KeyThumbprint mine = there.keyFor(groupA, "", NOW).publicKey().thumbprint();
    Keyring other = new Keyring();
    other.keyFor(groupB, "", NOW);
    other.keyFor(groupA, "", NOW);
    Keyring moving = other.exportAndRetire(s -> true, NOW);

    KeyringException e = assertThrows(KeyringException.class, () -> there.importFrom(moving));
    assertEquals(KeyringException.Reason.CONFLICT, e.reason());
    assertEquals(mine, there.key(groupA).publicKey().thumbprint());
    assertTrue(there.find(groupB).isEmpty(), "all or nothing");
  }

  @Test
  void aMovedKeyCanComeBack() {
    Keyring here = new Keyring();
    KeyThumbprint a = here.keyFor(groupA, "", NOW).publicKey().thumbprint();
    Keyring there = new Keyring();
    there.importFrom(here.exportAndRetire(s -> true, NOW));

    here.importFrom(there.exportAndRetire(s -> true, NOW));

    assertEquals(a, here.key(groupA).publicKey().thumbprint());
    assertEquals(
        KeyringException.Reason.MOVED,
        assertThrows(KeyringException.class, () -> there.key(groupA)).reason());
  }

  @Test
  void exportingNothingIsRefused() {
    Keyring empty = new Keyring();
    assertEquals(
        KeyringException.Reason.NO_KEY,
        assertThrows(KeyringException.class, () -> empty.exportAndRetire(s -> true, NOW)).reason());
  }

  @Test
  void mlsStateBlobsAreSetDroppedAndForgottenWithTheKey() {
    Keyring keyring = new Keyring();
    KeyThumbprint first = keyring.keyFor(groupA, "", NOW).publicKey().thumbprint();
    keyring.putMlsState(groupA, "mls", new byte[] {1});
    keyring.putMlsState(groupA, "pending", new byte[] {2});
    keyring.removeMlsState(groupA, "pending");
    assertEquals(java.util.Set.of("mls"), keyring.mlsState(groupA).keySet());

    assertTrue(keyring.forget(groupA));
    assertTrue(keyring.find(groupA).isEmpty());
    assertTrue(keyring.mlsState(groupA).isEmpty());
    assertNotEquals(first, keyring.keyFor(groupA, "", NOW).publicKey().thumbprint(), "a new key");
  }
}
