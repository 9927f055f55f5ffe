package org.hearth.client.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hearth.client.InstanceUrl;
import org.hearth.client.api.HearthClient;
import org.hearth.client.keyring.Keyring;
import org.hearth.client.keyring.KeyringFile;
import org.hearth.client.keyring.KeyringLock;
import org.hearth.client.member.GroupEvent;
import org.hearth.client.member.MemberStore;
import org.hearth.client.member.Memberships;
import org.hearth.crypto.PassphraseSeal;

/**
 * What one run of {@code hearth} works with: the environment, the terminal, the output streams, the
 * keyring (opened once, with the passphrase asked once) and the clients of the instances it talks
 * to, whose sessions end when the run does.
 *
 * <p>Not thread-safe: one command runs at a time.
 */
final class CliContext implements AutoCloseable {
  /** Environment variable holding the keyring passphrase, for scripts. */
  static final String PASSPHRASE_ENV = "HEARTH_KEYRING_PASSPHRASE";

  /** Environment variable holding the passphrase of an export file. */
  static final String EXPORT_PASSPHRASE_ENV = "HEARTH_EXPORT_PASSPHRASE";

  /** Environment variable naming the keyring file when {@code --keyring} is not given. */
  static final String KEYRING_ENV = "HEARTH_KEYRING";

  private static final int MIN_PASSPHRASE = 8;
  private static final Duration LOCK_WAIT = Duration.ofSeconds(10);

  final Map<String, String> env;
  final Terminal terminal;
  final PrintWriter out;
  final PrintWriter err;
  final PassphraseSeal seal;
  final Clock clock;
  private final Path home;
  private final Function<InstanceUrl, HearthClient> clients;
  private final Map<InstanceUrl, HearthClient> opened = new LinkedHashMap<>();
  private Path keyringPath;
  private char[] passphrase;
  private KeyringLock lock;
  private Keyring keyring;

  CliContext(
      Map<String, String> env,
      Terminal terminal,
      PrintWriter out,
      PrintWriter err,
      PassphraseSeal seal,
      Clock clock,
      Path home,
      Function<InstanceUrl, HearthClient> clients) {
    this.env = Map.copyOf(env);
    this.terminal = terminal;
    this.out = out;
    this.err = err;
    this.seal = seal;
    this.clock = clock;
    this.home = home;
    this.clients = clients;
  }

  /** The context of a real run: the process's environment, console and streams. */
  static CliContext system() {
    return new CliContext(
        System.getenv(),
        Terminal.system(),
        new PrintWriter(System.out, true),
        new PrintWriter(System.err, true),
        new PassphraseSeal(),
        Clock.systemUTC(),
        Path.of(System.getProperty("user.home")),
        HearthClient::new);
  }

  void keyringPath(Path path) {
    this.keyringPath = path;
  }

  /** {@code --keyring}, else {@code $HEARTH_KEYRING}, else {@code ~/.config/hearth/keyring}. */
  Path keyringPath() {
    if (keyringPath != null) {
      return keyringPath;
    }
    String fromEnv = env.get(KEYRING_ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv);
    }
    return home.resolve(".config").resolve("hearth").resolve("keyring");
  }

  KeyringFile keyringFile() {
    return KeyringFile.keyring(keyringPath(), seal);
  }

  /** The keyring passphrase, from the environment or asked once (twice when {@code creating}). */
  char[] passphrase(boolean creating) {
    if (passphrase == null) {
      passphrase = secret(PASSPHRASE_ENV, "Keyring passphrase", creating);
    }
    return passphrase;
  }

  /** A passphrase from {@code envName}, or typed (and confirmed when {@code creating}). */
  char[] secret(String envName, String what, boolean creating) {
    String fromEnv = env.get(envName);
    char[] typed;
    if (fromEnv != null && !fromEnv.isEmpty()) {
      typed = fromEnv.toCharArray();
    } else if (!terminal.interactive()) {
      throw new CliFailure(
          what + " needed: set " + envName + " or run hearth in a terminal.", ExitCodes.KEYRING);
    } else {
      typed = terminal.readSecret(what + ": ");
      if (typed == null) {
        throw new CliFailure("No " + what.toLowerCase() + " given.", ExitCodes.KEYRING);
      }
      if (creating) {
        char[] again = terminal.readSecret(what + " again: ");
        boolean same = again != null && Arrays.equals(typed, again);
        if (again != null) {
          Arrays.fill(again, '\0');
        }
        if (!same) {
          throw new CliFailure(
              "The two passphrases differ; nothing was written.", ExitCodes.KEYRING);
        }
      }
    }
    if (creating && typed.length < MIN_PASSPHRASE) {
      throw new CliFailure(
          "Choose a passphrase of at least " + MIN_PASSPHRASE + " characters.", ExitCodes.KEYRING);
    }
    return typed;
  }

  /** Opens the keyring, locking it against other processes until this run ends. */
  Keyring openKeyring() {
    KeyringFile file = keyringFile();
    if (lock == null) {
      lock = file.lock(LOCK_WAIT);
    }
    return file.load(passphrase(false));
  }

  /**
   * The keyring, opened once for this run: group commands change it step by step and save it after
   * every step.
   */
  Keyring keyring() {
    if (keyring == null) {
      keyring = openKeyring();
    }
    return keyring;
  }

  /** This person's memberships on {@code instance}, kept in the run's keyring. */
  Memberships memberships(InstanceUrl instance, Consumer<GroupEvent> sink) {
    MemberStore store = new MemberStore(keyring(), instance, this::saveKeyring, clock);
    return new Memberships(client(instance), store, sink);
  }

  void saveKeyring(Keyring keyring) {
    keyringFile().save(keyring, passphrase(false));
  }

  /** The client of {@code instance}, one per run. */
  HearthClient client(InstanceUrl instance) {
    return opened.computeIfAbsent(instance, clients);
  }

  /** Ends the sessions this run opened and forgets the passphrase. */
  @Override
  public void close() {
    opened.values().forEach(HearthClient::signOutAll);
    opened.clear();
    if (lock != null) {
      lock.close();
      lock = null;
    }
    if (passphrase != null) {
      Arrays.fill(passphrase, '\0');
      passphrase = null;
    }
  }
}
