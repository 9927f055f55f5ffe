package org.hearth.client.keyring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.hearth.crypto.Ed25519KeyPair;

/**
 * The keys of one person on one device, by {@link KeyScope}. Keys are made here ({@link #keyFor}),
 * handed out only while active, and leave for another device through {@link #exportAndRetire},
 * after which this keyring refuses them: two devices must never act as one MLS member.
 *
 * <p>Thread-safe (every method locks the keyring); {@link KeyringFile} reads and writes it.
 */
public final class Keyring {
  private final Map<KeyScope, KeyEntry> entries = new LinkedHashMap<>();

  /** An empty keyring. */
  public Keyring() {}

  Keyring(Collection<KeyEntry> entries) {
    for (KeyEntry entry : entries) {
      if (this.entries.put(entry.scope(), entry) != null) {
        throw new IllegalArgumentException("two keys for " + entry.scope());
      }
    }
  }

  /** Every entry, active and moved, in the order they were added. */
  public synchronized List<KeyEntry> entries() {
    return List.copyOf(entries.values());
  }

  public synchronized Optional<KeyEntry> find(KeyScope scope) {
    return Optional.ofNullable(entries.get(scope));
  }

  /**
   * The key for {@code scope}.
   *
   * @throws KeyringException {@code NO_KEY} if there is none, {@code MOVED} if it left this device
   */
  public synchronized Ed25519KeyPair key(KeyScope scope) {
    KeyEntry entry = entries.get(scope);
    if (entry == null) {
      throw new KeyringException(
          KeyringException.Reason.NO_KEY, "The keyring has no key for " + scope);
    }
    return usable(entry);
  }

  /**
   * The key for {@code scope}, made fresh (and labelled {@code label}) when there is none yet. Save
   * the keyring afterwards, or the new key is lost.
   *
   * @throws KeyringException {@code MOVED} if the key for this scope left this device
   */
  public synchronized Ed25519KeyPair keyFor(KeyScope scope, String label, Instant now) {
    KeyEntry entry = entries.get(scope);
    if (entry == null) {
      Ed25519KeyPair key = Ed25519KeyPair.generate();
      entries.put(scope, KeyEntry.active(scope, key, label, now));
      return key;
    }
    return usable(entry);
  }

  /** The opaque MLS state blobs of an active key, by name (empty until the MLS layer sets some). */
  public synchronized Map<String, byte[]> mlsState(KeyScope scope) {
    KeyEntry entry = entries.get(scope);
    if (entry == null) {
      return Map.of();
    }
    usable(entry).destroy();
    return entry.mlsState();
  }

  /** Stores the MLS state blob {@code name} of an active key. */
  public synchronized void putMlsState(KeyScope scope, String name, byte[] blob) {
    key(scope).destroy();
    entries.put(scope, entries.get(scope).withMlsState(name, blob));
  }

  /** Drops the MLS state blob {@code name} of an active key, if it has one. */
  public synchronized void removeMlsState(KeyScope scope, String name) {
    key(scope).destroy();
    entries.put(scope, entries.get(scope).withoutMlsState(name));
  }

  /**
   * Forgets the key of {@code scope} and its MLS state, as after leaving a group: nothing of it
   * stays. Save the keyring afterwards.
   *
   * @return whether there was such a key
   */
  public synchronized boolean forget(KeyScope scope) {
    return entries.remove(scope) != null;
  }

  /**
   * Moves the active keys that {@code which} selects out of this keyring: returns a keyring holding
   * them (for another device) and leaves behind, here, entries marked as moved at {@code now} with
   * no seed and no MLS state. Save the export before saving this keyring.
   *
   * @throws KeyringException {@code NO_KEY} if {@code which} selects no active key
   */
  public synchronized Keyring exportAndRetire(Predicate<KeyScope> which, Instant now) {
    List<KeyEntry> moving =
        entries.values().stream().filter(e -> !e.isMoved() && which.test(e.scope())).toList();
    if (moving.isEmpty()) {
      throw new KeyringException(
          KeyringException.Reason.NO_KEY, "No active key matches; nothing to export.");
    }
    for (KeyEntry entry : moving) {
      entries.put(entry.scope(), entry.retired(now));
    }
    return new Keyring(moving);
  }

  /**
   * Takes in the active keys of an export. A key that was moved away from here comes back; nothing
   * changes if any imported scope has an active key here already.
   *
   * @return how many keys were taken in
   * @throws KeyringException {@code CONFLICT} naming the first scope in use here
   */
  public synchronized int importFrom(Keyring exported) {
    List<KeyEntry> incoming = new ArrayList<>();
    for (KeyEntry entry : exported.entries()) {
      if (entry.isMoved()) {
        continue;
      }
      KeyEntry here = entries.get(entry.scope());
      if (here != null && !here.isMoved()) {
        throw new KeyringException(
            KeyringException.Reason.CONFLICT,
            "This keyring already has an active key for "
                + entry.scope()
                + "; nothing was imported.");
      }
      incoming.add(entry);
    }
    incoming.forEach(e -> entries.put(e.scope(), e));
    return incoming.size();
  }

  private static Ed25519KeyPair usable(KeyEntry entry) {
    if (entry.isMoved()) {
      throw new KeyringException(
          KeyringException.Reason.MOVED,
          "The key for "
              + entry.scope()
              + " was moved to another device on "
              + entry.movedAt()
              + "; use it there, or import it back here.");
    }
    byte[] seed = entry.seed();
    try {
      return Ed25519KeyPair.fromSeed(seed);
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }
}
