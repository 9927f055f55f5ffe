package org.hearth.client.keyring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.hearth.crypto.PassphraseSeal;
import org.hearth.crypto.WrongPassphraseException;

/**
 * A keyring (or a keyring export) on disk: {@link KeyringCodec} JSON sealed with {@link
 * PassphraseSeal} (Argon2id and AES-256-GCM), written through {@link AtomicFile} with mode 600. Any
 * change to the file, including its costs and version bytes, fails the AES-GCM tag, so a tampered
 * file reads as a wrong passphrase; a file of another kind or version is refused by name.
 *
 * <p>Immutable and thread-safe; one process at a time should change a given file.
 */
public final class KeyringFile {
  /** Largest file this client reads; a keyring of hundreds of groups is far smaller. */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  private final Path path;
  private final PassphraseSeal seal;
  private final KeyringCodec.Kind kind;

  private KeyringFile(Path path, PassphraseSeal seal, KeyringCodec.Kind kind) {
    this.path = Objects.requireNonNull(path, "path");
    this.seal = Objects.requireNonNull(seal, "seal");
    this.kind = kind;
  }

  /** The keyring at {@code path}, sealed with {@code seal}'s Argon2id cost when written. */
  public static KeyringFile keyring(Path path, PassphraseSeal seal) {
    return new KeyringFile(path, seal, KeyringCodec.Kind.KEYRING);
  }

  /** An export file that carries keys to another device. */
  public static KeyringFile export(Path path, PassphraseSeal seal) {
    return new KeyringFile(path, seal, KeyringCodec.Kind.EXPORT);
  }

  public Path path() {
    return path;
  }

  public boolean exists() {
    return Files.exists(path);
  }

  /**
   * Writes an empty keyring (or the given export) to a new file.
   *
   * @throws KeyringException {@code EXISTS} if the file is there already
   */
  public void create(Keyring keyring, char[] passphrase) {
    byte[] plaintext = KeyringCodec.encode(keyring, kind);
    try {
      AtomicFile.create(path, seal.seal(plaintext, passphrase));
    } catch (FileAlreadyExistsException e) {
      throw new KeyringException(
          KeyringException.Reason.EXISTS, "There is a file at " + path + " already; not replaced.");
    } catch (IOException e) {
      throw io("write", e);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /**
   * Locks the file against other processes until the lock is closed; hold it from {@link #load} to
   * {@link #save} when changing the keyring. Returns {@code null} when there is no directory to
   * lock in yet (then {@link #load} reports the missing file).
   */
  public KeyringLock lock(Duration wait) {
    return KeyringLock.lockable(path) ? KeyringLock.acquire(path, wait) : null;
  }

  /** Reads and opens the file. */
  public Keyring load(char[] passphrase) {
    byte[] sealed = read();
    byte[] plaintext;
    try {
      plaintext = PassphraseSeal.open(sealed, passphrase);
    } catch (WrongPassphraseException e) {
      throw new KeyringException(
          KeyringException.Reason.WRONG_PASSPHRASE,
          "Wrong passphrase for " + path + ", or the file was altered.");
    } catch (IllegalArgumentException e) {
      throw new KeyringException(
          KeyringException.Reason.UNREADABLE,
          path + " is not a Hearth keyring this client can read (" + e.getMessage() + ").");
    }
    try {
      return KeyringCodec.decode(plaintext, kind);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /** Replaces the file with {@code keyring}, atomically. */
  public void save(Keyring keyring, char[] passphrase) {
    byte[] plaintext = KeyringCodec.encode(keyring, kind);
    try {
      AtomicFile.write(path, seal.seal(plaintext, passphrase));
    } catch (IOException e) {
      throw io("write", e);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  private byte[] read() {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new KeyringException(
            KeyringException.Reason.UNREADABLE, path + " is too large to be a keyring.");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new KeyringException(
          KeyringException.Reason.MISSING,
          kind == KeyringCodec.Kind.KEYRING
              ? "There is no keyring at " + path + "; create one with: hearth keyring init"
              : "There is no file at " + path + ".");
    } catch (IOException e) {
      throw io("read", e);
    }
  }

  private KeyringException io(String verb, IOException e) {
    return new KeyringException(
        KeyringException.Reason.IO, "Could not " + verb + " " + path + ": " + e.getMessage(), e);
  }
}
