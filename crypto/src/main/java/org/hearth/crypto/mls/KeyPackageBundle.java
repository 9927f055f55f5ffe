package org.hearth.crypto.mls;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.bc.mls.BcMlsKeyPackages;

/**
 * A member's KeyPackage (RFC 9420 section 10) with the init and leaf private keys it needs to join
 * from a Welcome. Only {@link #keyPackage()} is uploaded; the private keys stay on the device and
 * are deleted once used (section 16.8).
 *
 * <p>Immutable and thread-safe; {@link #toString()} reveals nothing.
 */
public final class KeyPackageBundle {
  private final BcMlsKeyPackages.Material material;

  private KeyPackageBundle(BcMlsKeyPackages.Material material) {
    this.material = material;
  }

  /** A fresh KeyPackage signed by {@code key}, valid from an hour ago for {@code validity}. */
  public static KeyPackageBundle create(Ed25519KeyPair key, Duration validity) {
    Instant now = Instant.now();
    return new KeyPackageBundle(
        BcMlsKeyPackages.create(key, now.minus(Duration.ofHours(1)), now.plus(validity)));
  }

  /** The KeyPackage as an MLSMessage (wire format mls_key_package), for upload. */
  public byte[] keyPackage() {
    return material.keyPackageMessage().clone();
  }

  /**
   * The KeyPackage with its private keys, to keep until the Welcome arrives (a join request may
   * wait days for a facilitator): seal it before it touches a disk, and delete it once used.
   */
  public byte[] save() {
    return material.encode();
  }

  /**
   * Restores a bundle saved by {@link #save()}.
   *
   * @throws MlsException if the bytes are damaged
   */
  public static KeyPackageBundle restore(byte[] saved) {
    return new KeyPackageBundle(BcMlsKeyPackages.Material.decode(saved));
  }

  BcMlsKeyPackages.Material material() {
    return material;
  }

  @Override
  public String toString() {
    return "KeyPackageBundle[" + Arrays.hashCode(material.keyPackageMessage()) + "]";
  }
}
