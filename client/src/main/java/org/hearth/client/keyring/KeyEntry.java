package org.hearth.client.keyring;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.KeyThumbprint;

/**
 * One key of the keyring. An active entry holds the key's 32-byte seed and its opaque MLS state
 * blobs (named by the MLS layer, for example the group state snapshot); a moved entry keeps only
 * the thumbprint and when it left, so that this device can say why it refuses to use it.
 *
 * <p>Immutable and thread-safe; accessors return copies of the secret bytes.
 *
 * @param label a note for the person, never shown to a server; it must not hold a display name
 * @param seed the Ed25519 seed, {@code null} once moved
 * @param movedAt when the key was exported to another device, {@code null} while active
 * @param mlsState opaque per-group MLS snapshots by name, empty once moved
 */
public record KeyEntry(
    KeyScope scope,
    KeyThumbprint thumbprint,
    String label,
    byte[] seed,
    Instant createdAt,
    Instant movedAt,
    Map<String, byte[]> mlsState) {

  public KeyEntry {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(thumbprint, "thumbprint");
    Objects.requireNonNull(createdAt, "createdAt");
    label = label == null ? "" : label;
    if ((seed == null) == (movedAt == null)) {
      throw new IllegalArgumentException("an entry holds a seed exactly while it is not moved");
    }
    if (seed != null) {
      seed = seed.clone();
      KeyThumbprint actual = Ed25519KeyPair.fromSeed(seed).publicKey().thumbprint();
      if (!actual.equals(thumbprint)) {
        throw new IllegalArgumentException("the seed does not match thumbprint " + thumbprint);
      }
    }
    TreeMap<String, byte[]> copy = new TreeMap<>();
    mlsState.forEach((name, blob) -> copy.put(name, blob.clone()));
    mlsState = copy;
  }

  /** A new active entry for {@code key}. */
  static KeyEntry active(KeyScope scope, Ed25519KeyPair key, String label, Instant now) {
    return new KeyEntry(
        scope, key.publicKey().thumbprint(), label, key.seed(), now, null, Map.of());
  }

  public boolean isMoved() {
    return movedAt != null;
  }

  @Override
  public byte[] seed() {
    return seed == null ? null : seed.clone();
  }

  @Override
  public Map<String, byte[]> mlsState() {
    TreeMap<String, byte[]> copy = new TreeMap<>();
    mlsState.forEach((name, blob) -> copy.put(name, blob.clone()));
    return copy;
  }

  /** This entry with the MLS blob {@code name} set to {@code blob}. */
  KeyEntry withMlsState(String name, byte[] blob) {
    Map<String, byte[]> state = mlsState();
    state.put(Objects.requireNonNull(name, "name"), blob.clone());
    return new KeyEntry(scope, thumbprint, label, seed, createdAt, movedAt, state);
  }

  /** This entry without the MLS blob {@code name}. */
  KeyEntry withoutMlsState(String name) {
    Map<String, byte[]> state = mlsState();
    state.remove(name);
    return new KeyEntry(scope, thumbprint, label, seed, createdAt, movedAt, state);
  }

  /** This entry as it stays behind on a device it was moved from: no secret left. */
  KeyEntry retired(Instant now) {
    return new KeyEntry(scope, thumbprint, label, null, createdAt, now, Map.of());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KeyEntry e
        && scope.equals(e.scope)
        && thumbprint.equals(e.thumbprint)
        && label.equals(e.label)
        && Arrays.equals(seed, e.seed)
        && createdAt.equals(e.createdAt)
        && Objects.equals(movedAt, e.movedAt)
        && sameBlobs(mlsState, e.mlsState);
  }

  private static boolean sameBlobs(Map<String, byte[]> a, Map<String, byte[]> b) {
    return a.keySet().equals(b.keySet())
        && a.entrySet().stream().allMatch(x -> Arrays.equals(x.getValue(), b.get(x.getKey())));
  }

  @Override
  public int hashCode() {
    return Objects.hash(scope, thumbprint);
  }

  @Override
  public String toString() {
    return "KeyEntry[" + scope + ", " + thumbprint + (isMoved() ? ", moved" : "") + "]";
  }
}
