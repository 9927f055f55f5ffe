package org.hearth.client.cli;

import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import org.hearth.client.api.GroupDelivery;
import org.hearth.client.keyring.KeyScope;
import org.hearth.crypto.Fingerprint;
import org.hearth.crypto.KeyThumbprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hearth facilitators grant|revoke}: sharing or handing over the facilitator role, with this
 * keyring's key for the group (a facilitator's) or, with {@code --admin}, its admin key.
 *
 * <p>Not thread-safe; one instance serves one run.
 */
@Command(
    name = "facilitators",
    mixinStandardHelpOptions = true,
    description = "Share or hand over the facilitator role of a group.")
final class FacilitatorsCommand {
  private final CliContext context;

  FacilitatorsCommand(CliContext context) {
    this.context = context;
  }

  @Command(name = "grant", description = "Make a member's key a facilitator of the group.")
  int grant(
      @Parameters(paramLabel = "URL", description = "The instance.") InstanceUrl url,
      @Parameters(paramLabel = "ID", description = "The group's id.") GroupId group,
      @Parameters(paramLabel = "THUMBPRINT", description = "The key ('group members').")
          KeyThumbprint member,
      @Option(names = "--admin", description = "Act with this keyring's admin key.")
          boolean admin) {
    delivery(url, group, admin).grantFacilitator(member);
    context.out.println(Fingerprint.of(member) + " now facilitates group " + group + ".");
    return ExitCodes.OK;
  }

  @Command(
      name = "revoke",
      description = "Take the facilitator role from a key (never from the last facilitator).")
  int revoke(
      @Parameters(paramLabel = "URL", description = "The instance.") InstanceUrl url,
      @Parameters(paramLabel = "ID", description = "The group's id.") GroupId group,
      @Parameters(paramLabel = "THUMBPRINT", description = "The key.") KeyThumbprint member,
      @Option(names = "--admin", description = "Act with this keyring's admin key.")
          boolean admin) {
    delivery(url, group, admin).revokeFacilitator(member);
    context.out.println(Fingerprint.of(member) + " no longer facilitates group " + group + ".");
    return ExitCodes.OK;
  }

  private GroupDelivery delivery(InstanceUrl url, GroupId group, boolean admin) {
    KeyScope scope = admin ? KeyScope.admin(url) : KeyScope.group(url, group);
    return context.client(url).delivery(group, context.keyring().key(scope));
  }
}
