package org.hearth.client.member;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import org.hearth.client.keyring.KeyScope;
import org.hearth.client.keyring.Keyring;
import org.hearth.crypto.Ed25519KeyPair;

/**
 * Where a member's groups live: the keyring's key for each group of one instance and the group's
 * MLS blobs beside it. Every {@link #write} ends with the saver making the keyring durable (the
 * command line seals it to its file), so a write that returned survives a crash.
 *
 * <p>Thread-safe: the keyring locks itself and writes are serialised here.
 */
public final class MemberStore {
  /** Blob names in a group key's MLS slot. */
  static final String STATE = "state";

  static final String MLS = "mls";
  static final String KEY_PACKAGE = "key-package";
  static final String PENDING_COMMIT = "pending-commit";
  static final String EXTERNAL_JOIN = "external-join";
  static final String EXTERNAL_COMMIT = "external-commit";
  static final String REPLY_KEYS = "reply-keys";

  private final Keyring keyring;
  private final InstanceUrl instance;
  private final Consumer<Keyring> saver;
  private final Clock clock;

  /**
   * @param saver makes the keyring durable, for example by sealing it to its file
   */
  public MemberStore(Keyring keyring, InstanceUrl instance, Consumer<Keyring> saver, Clock clock) {
    this.keyring = Objects.requireNonNull(keyring, "keyring");
    this.instance = Objects.requireNonNull(instance, "instance");
    this.saver = Objects.requireNonNull(saver, "saver");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A store in memory only (tests and the load generator): nothing survives the process. */
  public static MemberStore inMemory(InstanceUrl instance) {
    return new MemberStore(new Keyring(), instance, k -> {}, Clock.systemUTC());
  }

  public InstanceUrl instance() {
    return instance;
  }

  /** The group's key, made (and saved) the first time: a fresh key per group. */
  public Ed25519KeyPair key(GroupId group) {
    KeyScope scope = scope(group);
    synchronized (this) {
      boolean isNew = keyring.find(scope).isEmpty();
      Ed25519KeyPair key = keyring.keyFor(scope, "key for group " + group, clock.instant());
      if (isNew) {
        saver.accept(keyring);
      }
      return key;
    }
  }

  /** Whether this store holds a key for the group. */
  public boolean hasKey(GroupId group) {
    return keyring.find(scope(group)).filter(e -> !e.isMoved()).isPresent();
  }

  /** The group's blobs by name; empty when there are none. */
  Map<String, byte[]> blobs(GroupId group) {
    return keyring.mlsState(scope(group));
  }

  /** Sets ({@code byte[]}) and drops ({@code null}) blobs together, then saves durably. */
  synchronized void write(GroupId group, Map<String, byte[]> changes) {
    KeyScope scope = scope(group);
    changes.forEach(
        (name, blob) -> {
          if (blob == null) {
            keyring.removeMlsState(scope, name);
          } else {
            keyring.putMlsState(scope, name, blob);
          }
        });
    saver.accept(keyring);
  }

  /** Forgets the group's key and everything kept with it, then saves durably. */
  synchronized void forget(GroupId group) {
    if (keyring.forget(scope(group))) {
      saver.accept(keyring);
    }
  }

  private KeyScope scope(GroupId group) {
    return KeyScope.group(instance, group);
  }
}
