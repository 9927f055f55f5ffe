package org.hearth.client.cli;

import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import org.hearth.client.api.HearthClient;
import org.hearth.client.api.Session;
import org.hearth.client.keyring.KeyScope;
import org.hearth.client.keyring.Keyring;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.Fingerprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hearth signin URL [--group ID]}: signs in with the keyring's key for that instance (or for
 * that group, made fresh the first time so the server cannot link it to any other key), shows the
 * session the server sees, and ends it.
 *
 * <p>Not thread-safe; one instance serves one run.
 */
@Command(
    name = "signin",
    mixinStandardHelpOptions = true,
    description =
        "Sign in with this keyring's key for URL (or for one group there, a fresh key per group)"
            + " and show the session; it ends when the command does.")
final class SignInCommand implements java.util.concurrent.Callable<Integer> {
  private final CliContext context;

  @Parameters(paramLabel = "URL", description = "The instance.")
  InstanceUrl url;

  @Option(names = "--group", paramLabel = "ID", description = "Use (or make) this group's key.")
  GroupId group;

  SignInCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    HearthClient client = context.client(url);
    KeyScope scope = group == null ? KeyScope.defaultFor(url) : KeyScope.group(url, group);
    if (group != null) {
      client.group(group);
    }
    Keyring keyring = context.openKeyring();
    boolean isNew = keyring.find(scope).isEmpty();
    Ed25519KeyPair key =
        keyring.keyFor(
            scope,
            group == null ? "sign-in key" : "key for group " + group,
            context.clock.instant());
    if (isNew) {
      context.saveKeyring(keyring);
    }
    client.signIn(key);
    Session session = client.currentSession(key);
    context.out.println(
        (isNew ? "Made a new key " : "Signed in with key ")
            + Fingerprint.of(session.subject())
            + (isNew ? " and signed in" : "")
            + " on "
            + url
            + (group == null ? "" : " for group " + group)
            + "; the session would last until "
            + session.expiresAt()
            + ".");
    return ExitCodes.OK;
  }
}
