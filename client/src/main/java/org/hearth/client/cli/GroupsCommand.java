package org.hearth.client.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import org.hearth.client.api.CreateGroupRequest;
import org.hearth.client.api.GroupDescriptor;
import org.hearth.client.api.JoinPolicy;
import org.hearth.client.keyring.KeyScope;
import org.hearth.crypto.KeyThumbprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hearth groups list|show|create}: the directory of an instance and creating groups with the
 * keyring's admin key.
 *
 * <p>Not thread-safe; one instance serves one run.
 */
@Command(
    name = "groups",
    mixinStandardHelpOptions = true,
    description = "Find groups on an instance, or create one as its admin.")
final class GroupsCommand {
  private final CliContext context;

  GroupsCommand(CliContext context) {
    this.context = context;
  }

  @Command(name = "list", description = "List the instance's listed groups.")
  int list(
      @Parameters(paramLabel = "URL", description = "The instance.") InstanceUrl url,
      @Option(names = "--topic", paramLabel = "TOPIC", description = "Only groups on this topic.")
          String topic,
      @Option(
              names = "--language",
              paramLabel = "LANG",
              description = "Only groups in this language, like en or sw.")
          String language) {
    List<GroupDescriptor> groups = context.client(url).groups(topic, language);
    if (groups.isEmpty()) {
      context.out.println("No listed groups match.");
    }
    for (GroupDescriptor g : groups) {
      context.out.println(
          g.id()
              + "  "
              + g.name()
              + "  ["
              + g.language()
              + ", "
              + g.joinPolicy()
              + (g.topics().isEmpty() ? "" : ", " + String.join(" ", g.topics()))
              + "]");
    }
    return ExitCodes.OK;
  }

  @Command(name = "show", description = "Show one group's descriptor and guidelines.")
  int show(
      @Parameters(paramLabel = "URL", description = "The instance.") InstanceUrl url,
      @Parameters(paramLabel = "ID", description = "The group's id.") GroupId id) {
    print(context.client(url).group(id));
    return ExitCodes.OK;
  }

  @Command(name = "create", description = "Create a group with this keyring's admin key for URL.")
  int create(
      @Parameters(paramLabel = "URL", description = "The instance.") InstanceUrl url,
      @Option(names = "--name", required = true, description = "Up to 80 characters.") String name,
      @Option(names = "--description", required = true, description = "Up to 1000 characters.")
          String description,
      @Option(names = "--language", required = true, description = "Like en, sw or pt-BR.")
          String language,
      @Option(
              names = "--join-policy",
              required = true,
              description = "One of: ${COMPLETION-CANDIDATES}.")
          JoinPolicy joinPolicy,
      @Option(
              names = "--guidelines-file",
              required = true,
              paramLabel = "PATH",
              description = "A UTF-8 text file with the group's guidelines.")
          Path guidelinesFile,
      @Option(names = "--topic", paramLabel = "TOPIC", description = "A topic (repeatable).")
          List<String> topics,
      @Option(names = "--size-cap", paramLabel = "N", description = "Most members at once.")
          Integer sizeCap,
      @Option(
              names = "--facilitation-hours",
              paramLabel = "TEXT",
              description = "When facilitators are around.")
          String hours,
      @Option(names = "--unlisted", description = "Reachable by its link only.") boolean unlisted,
      @Option(
              names = "--retention-days",
              paramLabel = "DAYS",
              description = "How long messages are kept (1-365).")
          Integer retentionDays,
      @Option(
              names = "--facilitator",
              paramLabel = "THUMBPRINT",
              description = "A facilitator's key (repeatable).")
          List<KeyThumbprint> facilitators) {
    String guidelines;
    try {
      guidelines = Files.readString(guidelinesFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliFailure(
          "Cannot read the guidelines from "
              + guidelinesFile
              + " ("
              + e.getClass().getSimpleName()
              + ").",
          ExitCodes.USAGE);
    }
    CreateGroupRequest request =
        new CreateGroupRequest(
            name,
            description,
            topics == null ? List.of() : new ArrayList<>(topics),
            language,
            sizeCap,
            joinPolicy,
            hours,
            guidelines,
            unlisted ? Boolean.FALSE : null,
            retentionDays,
            facilitators);
    var admin = context.openKeyring().key(KeyScope.admin(url));
    GroupDescriptor created = context.client(url).createGroup(admin, request);
    context.out.println("Created group " + created.id() + ".");
    print(created);
    return ExitCodes.OK;
  }

  private void print(GroupDescriptor g) {
    context.out.println("Id:           " + g.id());
    context.out.println("Name:         " + g.name());
    context.out.println("Description:  " + g.description());
    context.out.println("Topics:       " + String.join(", ", g.topics()));
    context.out.println("Language:     " + g.language());
    context.out.println("Join policy:  " + g.joinPolicy());
    context.out.println("Size cap:     " + g.sizeCap());
    if (g.facilitationHours() != null) {
      context.out.println("Facilitation: " + g.facilitationHours());
    }
    context.out.println("Listed:       " + (g.listed() ? "yes" : "no, by link only"));
    context.out.println("Retention:    " + g.retentionDays() + " days");
    context.out.println("Guidelines (version " + g.guidelinesVersion() + "):");
    g.guidelines().lines().forEach(line -> context.out.println("  " + line));
  }
}
