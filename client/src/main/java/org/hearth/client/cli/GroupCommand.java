package org.hearth.client.cli;

import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import org.hearth.client.api.GroupDescriptor;
import org.hearth.client.api.HearthClient;
import org.hearth.client.keyring.KeyScope;
import org.hearth.client.keyring.Keyring;
import org.hearth.client.member.GroupMember;
import org.hearth.crypto.Fingerprint;
import org.hearth.crypto.KeyThumbprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hearth group start|members|name}: a group's MLS conversation as this keyring takes part in
 * it: starting it as its facilitator, who is in it, and one's display name there.
 *
 * <p>Not thread-safe; one instance serves one run.
 */
@Command(
    name = "group",
    mixinStandardHelpOptions = true,
    description = "Start a group's end-to-end encrypted conversation, or look at your part in it.")
final class GroupCommand {
  private final CliContext context;

  GroupCommand(CliContext context) {
    this.context = context;
  }

  @Command(
      name = "start",
      description =
          "Start the group's conversation with this keyring's key for it as its first member. The"
              + " key must facilitate the group; if it does not and this keyring holds the"
              + " instance's admin key, the admin key makes it a facilitator first.")
  int start(
      @Parameters(paramLabel = "URL", description = "The instance.") InstanceUrl url,
      @Parameters(paramLabel = "ID", description = "The group's id.") GroupId group,
      @Option(
              names = "--name",
              required = true,
              paramLabel = "NAME",
              description = "Your display name in this group; only its members see it.")
          String name) {
    String displayName = GroupRun.displayName(name);
    HearthClient client = context.client(url);
    GroupDescriptor descriptor = client.group(group);
    GroupRun run = new GroupRun(context, url, group, false);
    KeyThumbprint key = run.memberships.delivery(group).member();
    if (!descriptor.facilitators().contains(key)) {
      Keyring keyring = context.keyring();
      KeyScope admin = KeyScope.admin(url);
      if (keyring.find(admin).filter(e -> !e.isMoved()).isEmpty()) {
        throw new CliFailure(
            "This keyring's key for the group ("
                + key
                + ") does not facilitate it. A facilitator or admin makes it one with: hearth"
                + " facilitators grant "
                + url
                + " "
                + group
                + " "
                + key
                + " --admin",
            ExitCodes.GROUP);
      }
      client.delivery(group, keyring.key(admin)).grantFacilitator(key);
      context.out.println(
          "The admin key made this keyring's key for the group ("
              + Fingerprint.of(key)
              + ") a"
              + " facilitator.");
    }
    GroupMember member = run.memberships.start(group, displayName);
    context.out.println(
        "Started the conversation of \""
            + Transcript.safe(descriptor.name())
            + "\" with you ("
            + member.displayName()
            + ") as its first member. Others join with: hearth join "
            + url
            + " "
            + group
            + " --name NAME");
    return ExitCodes.OK;
  }

  @Command(name = "members", description = "List the group's members (after reading what is new).")
  int members(
      @Parameters(paramLabel = "URL", description = "The instance.") InstanceUrl url,
      @Parameters(paramLabel = "ID", description = "The group's id.") GroupId group) {
    GroupMember member = new GroupRun(context, url, group, false).member();
    member.sync();
    for (KeyThumbprint key : member.members()) {
      context.out.println(
          key
              + "  "
              + Fingerprint.of(key)
              + (key.equals(member.thumbprint()) ? "  (you, " + member.displayName() + ")" : ""));
    }
    return ExitCodes.OK;
  }

  @Command(name = "name", description = "Change your display name in the group.")
  int name(
      @Parameters(paramLabel = "URL", description = "The instance.") InstanceUrl url,
      @Parameters(paramLabel = "ID", description = "The group's id.") GroupId group,
      @Parameters(paramLabel = "NAME", description = "The new display name.") String name) {
    GroupMember member = new GroupRun(context, url, group, false).member();
    member.rename(GroupRun.displayName(name));
    context.out.println("Your next messages in group " + group + " carry the name " + name + ".");
    return ExitCodes.OK;
  }
}
