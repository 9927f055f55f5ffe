package org.hearth.server.instance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.KeyThumbprint;

/**
 * Holds this instance's Ed25519 key. The first start makes it and stores it; every later start and
 * every other node reads the same one, so the instance's identity never changes by accident. It
 * changes on purpose only through {@link #rotate}, which keeps the signed chain of rotations that
 * lets peers follow. Other nodes of a cluster read the new key when they next start.
 */
@ApplicationScoped
public class InstanceKeyService {
  private static final Logger LOG = Logger.getLogger(InstanceKeyService.class.getName());

  @Inject InstanceKeyRepository repository;

  private volatile Ed25519KeyPair keyPair;
  private volatile List<KeyRotation> rotations;

  /** The instance key pair, made and stored on first use. */
  public Ed25519KeyPair keyPair() {
    Ed25519KeyPair current = keyPair;
    if (current == null) {
      synchronized (this) {
        current = keyPair;
        if (current == null) {
          current = loadOrCreate();
          keyPair = current;
        }
      }
    }
    return current;
  }

  public KeyThumbprint thumbprint() {
    return keyPair().publicKey().thumbprint();
  }

  /** The rotations that lead from the first key to the current one, oldest first. */
  public List<KeyRotation> rotations() {
    List<KeyRotation> current = rotations;
    if (current == null) {
      current = repository.rotations();
      rotations = current;
    }
    return current;
  }

  /**
   * Makes a new key, has {@code announce} sign with the current key the statement that the new
   * public key replaces it, and stores both; from then on {@link #keyPair} is the new key.
   *
   * @param announce signs, with the current key, the rotation to the given new public key; returns
   *     the compact JWS
   * @return the rotation stored
   */
  public synchronized KeyRotation rotate(Function<Ed25519PublicKey, String> announce) {
    Ed25519KeyPair current = keyPair();
    Ed25519KeyPair next = Ed25519KeyPair.generate();
    KeyRotation done = repository.rotate(current, next, announce.apply(next.publicKey()));
    keyPair = next;
    rotations = null;
    LOG.info(() -> "Rotated the instance key; now " + next.publicKey().thumbprint());
    return done;
  }

  private Ed25519KeyPair loadOrCreate() {
    return repository.find().orElseGet(this::create);
  }

  private Ed25519KeyPair create() {
    Ed25519KeyPair fresh = Ed25519KeyPair.generate();
    try {
      repository.insert(fresh);
      LOG.info(() -> "Created the instance key " + fresh.publicKey().thumbprint());
    } catch (RuntimeException e) {
      LOG.info("The instance key was stored by another node at the same moment; using that one");
    }
    return repository
        .find()
        .orElseThrow(() -> new IllegalStateException("the instance key could not be stored"));
  }
}
