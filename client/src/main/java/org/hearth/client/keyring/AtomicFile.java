package org.hearth.client.keyring;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a private file all at once: the bytes go to a temporary file beside it (mode 600 from
 * its creation), are forced to disk, and the temporary file is renamed over the target; then the
 * directory is forced so the rename itself survives a crash. A reader sees the old file or the new
 * one, never a mix, and a failed write leaves no temporary file behind.
 *
 * <p>Stateless and thread-safe; two processes writing the same file still race (the last rename
 * wins).
 */
final class AtomicFile {
  /** A step that runs after the new bytes are on disk and before the rename (for tests). */
  interface BeforeRename {
    void run(Path temporary) throws IOException;
  }

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_DIR =
      PosixFilePermissions.fromString("rwx------");

  private AtomicFile() {}

  static void write(Path target, byte[] bytes) throws IOException {
    write(target, bytes, temporary -> {});
  }

  static void write(Path target, byte[] bytes, BeforeRename beforeRename) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    createPrivateDirectories(dir);
    Path temporary = createPrivateFile(dir, absolute.getFileName().toString());
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      beforeRename.run(temporary);
      Files.move(
          temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    forceDirectory(dir);
  }

  /** Writes {@code bytes} to a new file, refusing to replace one that exists. */
  static void create(Path target, byte[] bytes) throws IOException {
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    write(target, bytes);
  }

  private static Path createPrivateFile(Path dir, String name) throws IOException {
    if (isPosix(dir)) {
      FileAttribute<Set<PosixFilePermission>> mode =
          PosixFilePermissions.asFileAttribute(OWNER_ONLY);
      return Files.createTempFile(dir, "." + name + ".", ".tmp", mode);
    }
    return Files.createTempFile(dir, "." + name + ".", ".tmp");
  }

  private static void createPrivateDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    if (isPosix(dir.getRoot())) {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
    } else {
      Files.createDirectories(dir);
    }
  }

  private static boolean isPosix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some platforms cannot open a directory; the rename was still atomic.
    }
  }
}
