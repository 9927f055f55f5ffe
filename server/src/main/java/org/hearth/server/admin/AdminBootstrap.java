package org.hearth.server.admin;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hearth.server.platform.DatabaseMigrations;
import org.hearth.server.platform.HearthSettings;

/**
 * Makes sure someone can become admin: when no admin key exists (or an operator asked for recovery
 * by creating the file {@code admin-recovery} in the data directory), writes a one-time setup code
 * to {@code admin-setup-code} in the data directory, readable only by the server's user, and logs
 * only that file's path.
 */
@ApplicationScoped
public class AdminBootstrap {
  /** The file holding the current setup code. */
  public static final String CODE_FILE = "admin-setup-code";

  /** Creating this file and restarting makes a new setup code even when admins exist. */
  public static final String RECOVERY_FILE = "admin-recovery";

  /** How long a setup code can be used. */
  public static final Duration CODE_TTL = Duration.ofHours(72);

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @Inject AdminRepository repository;
  @Inject HearthSettings settings;
  @Inject DatabaseMigrations migrations;

  Clock clock = Clock.systemUTC();

  void onStart(@Observes @Priority(2000) @Initialized(ApplicationScoped.class) Object ignored) {
    if (!migrations.isDone()) {
      return;
    }
    try {
      ensureSetupPossible();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not prepare an admin setup code", e);
    }
  }

  void ensureSetupPossible() throws IOException {
    Path dataDir = settings.dataDir();
    Path recovery = dataDir.resolve(RECOVERY_FILE);
    boolean recover = Files.exists(recovery);
    long now = clock.instant().getEpochSecond();
    boolean outstanding = repository.setup().map(s -> s.expiresAt >= now).orElse(false);
    if (!recover && (repository.activeCount() > 0 || outstanding)) {
      return;
    }
    String code = SetupCodes.newCode();
    Instant expires = clock.instant().plus(CODE_TTL);
    Path file = dataDir.resolve(CODE_FILE);
    writePrivately(file, code + "\n");
    repository.replaceSetup(SetupCodes.hash(code), expires.getEpochSecond());
    Files.deleteIfExists(recovery);
    LOG.info(
        () ->
            "An admin setup code was written to "
                + file.toAbsolutePath()
                + " (valid until "
                + expires
                + "). Use it once to register the first admin key.");
  }

  /** Removes the code file once the code is spent. */
  void forgetCodeFile() {
    try {
      Files.deleteIfExists(settings.dataDir().resolve(CODE_FILE));
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete the spent admin setup code file", e);
    }
  }

  private static void writePrivately(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), CODE_FILE, ".tmp");
    try {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the data directory's own protection applies.
    }
    Files.writeString(temp, text, StandardCharsets.US_ASCII);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
