package org.hearth.client.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import org.hearth.client.keyring.KeyEntry;
import org.hearth.client.keyring.KeyScope;
import org.hearth.client.keyring.Keyring;
import org.hearth.client.keyring.KeyringFile;
import org.hearth.crypto.Fingerprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hearth keyring init|list|export|import}: the local keyring and moving keys between
 * devices.
 *
 * <p>Not thread-safe; one instance serves one run.
 */
@Command(
    name = "keyring",
    mixinStandardHelpOptions = true,
    description = "Create, show, export or import the local keyring.")
final class KeyringCommand {
  private final CliContext context;

  KeyringCommand(CliContext context) {
    this.context = context;
  }

  @Command(name = "init", description = "Create an empty keyring sealed with a new passphrase.")
  int init() {
    KeyringFile file = context.keyringFile();
    if (file.exists()) {
      throw new CliFailure(
          "There is a keyring at " + file.path() + " already; it was left as it is.",
          ExitCodes.KEYRING);
    }
    file.create(new Keyring(), context.passphrase(true));
    context.out.println("Created keyring " + file.path() + " (readable by you only).");
    return ExitCodes.OK;
  }

  @Command(name = "list", description = "Show the keys: what each is for, its fingerprint, state.")
  int list() {
    Keyring keyring = context.openKeyring();
    if (keyring.entries().isEmpty()) {
      context.out.println("The keyring holds no keys yet.");
    }
    for (KeyEntry e : keyring.entries()) {
      context.out.println(
          e.scope().instance()
              + "  "
              + e.scope().slot()
              + "  "
              + Fingerprint.of(e.thumbprint())
              + "  "
              + (e.isMoved() ? "moved to another device " + e.movedAt() : "active")
              + (e.label().isEmpty() ? "" : "  " + e.label()));
    }
    return ExitCodes.OK;
  }

  @Command(
      name = "export",
      description =
          "Move keys to another device: write them to FILE, sealed with its own passphrase, and"
              + " retire them here. Without filters every active key moves.")
  int export(
      @Parameters(paramLabel = "FILE", description = "The export file to write (must not exist).")
          Path target,
      @Option(
              names = "--instance",
              paramLabel = "URL",
              description = "Only keys for this instance.")
          InstanceUrl instance,
      @Option(names = "--group", paramLabel = "ID", description = "Only the key of this group.")
          GroupId group) {
    Predicate<KeyScope> which =
        scope ->
            (instance == null || scope.instance().equals(instance))
                && (group == null || scope.slot().equals("group/" + group));
    if (Files.exists(target)) {
      throw new CliFailure(
          "There is a file at " + target + " already; choose another name.", ExitCodes.USAGE);
    }
    Keyring keyring = context.openKeyring();
    Keyring moving = keyring.exportAndRetire(which, context.clock.instant());
    KeyringFile.export(target, context.seal)
        .create(
            moving,
            context.secret(CliContext.EXPORT_PASSPHRASE_ENV, "Export file passphrase", true));
    try {
      context.saveKeyring(keyring);
    } catch (RuntimeException e) {
      // The keys must not stay usable here and in the file: take the file back.
      deleteQuietly(target);
      throw e;
    }
    context.out.println(
        "Exported "
            + moving.entries().size()
            + " key(s) to "
            + target
            + "; this keyring will no longer use them. Import the file on the other device.");
    return ExitCodes.OK;
  }

  private void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      context.err.println("hearth: delete " + file + " yourself; the keys in it are still here.");
    }
  }

  @Command(
      name = "import",
      description = "Take in keys exported on another device; the export file is then deleted.")
  int importKeys(
      @Parameters(paramLabel = "FILE", description = "The export file.") Path source,
      @Option(names = "--keep", description = "Keep the export file after importing.")
          boolean keep) {
    Keyring exported =
        KeyringFile.export(source, context.seal)
            .load(
                context.secret(CliContext.EXPORT_PASSPHRASE_ENV, "Export file passphrase", false));
    Keyring keyring = context.openKeyring();
    int count = keyring.importFrom(exported);
    context.saveKeyring(keyring);
    context.out.println("Imported " + count + " key(s) into " + context.keyringPath() + ".");
    if (!keep) {
      try {
        Files.deleteIfExists(source);
        context.out.println("Deleted " + source + " so that no third device can use these keys.");
      } catch (IOException e) {
        context.err.println("hearth: could not delete " + source + "; delete it yourself.");
      }
    }
    return ExitCodes.OK;
  }
}
