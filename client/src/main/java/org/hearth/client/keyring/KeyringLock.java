package org.hearth.client.keyring;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * An exclusive operating-system lock on a keyring, held from reading it to saving it, so that two
 * processes changing one keyring at once cannot lose each other's new keys. The lock is taken on an
 * empty sibling file {@code <keyring>.lock}, which stays in place.
 *
 * <p>Not thread-safe: one holder closes it once.
 */
public final class KeyringLock implements AutoCloseable {
  private static final Duration POLL = Duration.ofMillis(100);

  private final FileChannel channel;
  private final FileLock lock;

  private KeyringLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks the keyring at {@code keyring}, waiting up to {@code wait} for another holder.
   *
   * @throws KeyringException {@code BUSY} if another process holds it that long, {@code IO} if the
   *     lock file cannot be made
   */
  public static KeyringLock acquire(Path keyring, Duration wait) {
    Path file = keyring.resolveSibling(keyring.getFileName() + ".lock");
    Instant deadline = Instant.now().plus(wait);
    FileChannel channel = null;
    try {
      channel = open(file);
      while (true) {
        FileLock lock = tryLock(channel);
        if (lock != null) {
          return new KeyringLock(channel, lock);
        }
        if (Instant.now().isAfter(deadline)) {
          channel.close();
          throw new KeyringException(
              KeyringException.Reason.BUSY,
              "Another hearth command is using " + keyring + "; try again when it has finished.");
        }
        Thread.sleep(POLL.toMillis());
      }
    } catch (IOException e) {
      closeQuietly(channel);
      throw new KeyringException(
          KeyringException.Reason.IO, "Could not lock " + file + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      closeQuietly(channel);
      Thread.currentThread().interrupt();
      throw new KeyringException(KeyringException.Reason.BUSY, "Interrupted waiting for " + file);
    }
  }

  private static FileChannel open(Path file) throws IOException {
    Set<StandardOpenOption> options =
        Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return FileChannel.open(
          file,
          options,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    return FileChannel.open(file, options);
  }

  /** Whether a lock file can be made for {@code keyring} (its directory exists). */
  static boolean lockable(Path keyring) {
    Path dir = keyring.toAbsolutePath().getParent();
    return dir != null && Files.isDirectory(dir);
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // Closing releases nothing we still need.
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // Closing the channel below releases the lock too.
    }
    closeQuietly(channel);
  }
}
