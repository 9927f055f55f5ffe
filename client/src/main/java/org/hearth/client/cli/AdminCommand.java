package org.hearth.client.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hearth.client.InstanceUrl;
import org.hearth.client.api.AdminKey;
import org.hearth.client.api.Session;
import org.hearth.client.keyring.KeyScope;
import org.hearth.client.keyring.Keyring;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.Fingerprint;
import org.hearth.crypto.KeyThumbprint;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hearth admin setup|my-key|keys}: becoming an instance's first admin with the setup code,
 * and managing admin keys with the keyring's admin key for that instance.
 *
 * <p>Not thread-safe; one instance serves one run.
 */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    description = "Administer an instance with this keyring's admin key for it.",
    subcommands = AdminCommand.Keys.class)
final class AdminCommand {
  private final CliContext context;

  AdminCommand(CliContext context) {
    this.context = context;
  }

  /** Where the setup code comes from. */
  static final class SetupCode {
    @Option(
        names = "--code-file",
        paramLabel = "PATH",
        description = "The admin-setup-code file in Hearth's data directory.")
    Path file;

    @Option(names = "--code", paramLabel = "CODE", description = "The setup code itself.")
    String code;

    String read() {
      if (code != null) {
        return code.strip();
      }
      try {
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
      } catch (IOException e) {
        throw new CliFailure(
            "Cannot read the setup code from " + file + " (" + e.getClass().getSimpleName() + ").",
            ExitCodes.USAGE);
      }
    }
  }

  @Command(
      name = "setup",
      description =
          "Become the first admin: make this keyring's admin key for URL and register it with the"
              + " one-time setup code Hearth wrote to its data directory.")
  int setup(
      @Parameters(paramLabel = "URL", description = "The instance.") InstanceUrl url,
      @ArgGroup(exclusive = true, multiplicity = "1") SetupCode code) {
    String setupCode = code.read();
    if (setupCode.isEmpty()) {
      throw new CliFailure("The setup code is empty.", ExitCodes.USAGE);
    }
    Keyring keyring = context.openKeyring();
    Ed25519KeyPair key = keyring.keyFor(KeyScope.admin(url), "admin key", context.clock.instant());
    context.saveKeyring(keyring);
    Session session = context.client(url).setUpAdmin(setupCode, key);
    context.out.println(
        "This keyring's admin key "
            + Fingerprint.of(session.subject())
            + " is now an admin of "
            + url
            + ".");
    return ExitCodes.OK;
  }

  @Command(
      name = "my-key",
      description =
          "Make (or show) this keyring's admin key for URL, to send to an admin who adds it with"
              + " 'admin keys add'.")
  int myKey(@Parameters(paramLabel = "URL", description = "The instance.") InstanceUrl url) {
    Keyring keyring = context.openKeyring();
    Ed25519KeyPair key = keyring.keyFor(KeyScope.admin(url), "admin key", context.clock.instant());
    context.saveKeyring(keyring);
    context.out.println("Public key:  " + key.publicKey().toJwkJson());
    context.out.println("Fingerprint: " + Fingerprint.of(key.publicKey()));
    return ExitCodes.OK;
  }

  /** {@code hearth admin keys list|add|revoke}. */
  @Command(
      name = "keys",
      mixinStandardHelpOptions = true,
      description = "List, add or revoke the instance's admin keys.")
  static final class Keys {
    private final CliContext context;

    Keys(CliContext context) {
      this.context = context;
    }

    @Command(name = "list", description = "List the admin keys, active and revoked.")
    int list(@Parameters(paramLabel = "URL", description = "The instance.") InstanceUrl url) {
      for (AdminKey key : context.client(url).adminKeys(adminKey(url))) {
        context.out.println(
            key.fingerprint()
                + "  "
                + key.thumbprint()
                + "  added "
                + key.addedOn()
                + (key.isActive() ? "" : "  revoked " + key.revokedOn()));
      }
      return ExitCodes.OK;
    }

    @Command(name = "add", description = "Add another admin key, given as its public JWK.")
    int add(
        @Parameters(paramLabel = "URL", description = "The instance.") InstanceUrl url,
        @Option(
                names = "--public-key",
                required = true,
                paramLabel = "JWK",
                description = "The new admin's key, as 'admin my-key' printed it.")
            String jwk) {
      Ed25519PublicKey key;
      try {
        key = Ed25519PublicKey.fromJwk(jwk.strip());
      } catch (IllegalArgumentException e) {
        throw new CliFailure("--public-key: " + e.getMessage(), ExitCodes.USAGE);
      }
      AdminKey added = context.client(url).addAdminKey(adminKey(url), key);
      context.out.println(
          "Added admin key " + added.fingerprint() + "; compare it with the new admin's.");
      return ExitCodes.OK;
    }

    @Command(name = "revoke", description = "Revoke an admin key (never the last one).")
    int revoke(
        @Parameters(paramLabel = "URL", description = "The instance.") InstanceUrl url,
        @Parameters(paramLabel = "THUMBPRINT", description = "The key's thumbprint.")
            KeyThumbprint target) {
      context.client(url).revokeAdminKey(adminKey(url), target);
      context.out.println("Revoked admin key " + Fingerprint.of(target) + ".");
      return ExitCodes.OK;
    }

    private Ed25519KeyPair adminKey(InstanceUrl url) {
      return context.openKeyring().key(KeyScope.admin(url));
    }
  }
}
