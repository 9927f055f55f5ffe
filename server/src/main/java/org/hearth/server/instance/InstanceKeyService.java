package org.hearth.server.instance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.KeyThumbprint;

/**
 * Holds this instance's Ed25519 key. The first start makes it and stores it; every later start and
 * every other node reads the same one, so the instance's identity never changes by accident.
 */
@ApplicationScoped
public class InstanceKeyService {
  private static final Logger LOG = Logger.getLogger(InstanceKeyService.class.getName());

  @Inject InstanceKeyRepository repository;

  private volatile Ed25519KeyPair keyPair;

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
