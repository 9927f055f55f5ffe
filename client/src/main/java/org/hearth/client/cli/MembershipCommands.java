package org.hearth.client.cli;

import java.time.Instant;
import java.util.List;
import org.hearth.client.api.GroupDescriptor;
import org.hearth.client.api.JoinPolicy;
import org.hearth.client.member.GroupMember;
import org.hearth.crypto.Fingerprint;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.protocol.delivery.Accepted;
import org.hearth.protocol.delivery.InviteRequest;
import org.hearth.protocol.delivery.PendingJoin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hearth join|leave|requests|accept|decline|invite|remove}: coming into a group and going,
 * and a facilitator's side of it. Joining uses a fresh key for the group.
 *
 * <p>Not thread-safe; each command object serves one run.
 */
final class MembershipCommands {
  private MembershipCommands() {}

  /** {@code hearth join}. */
  @Command(
      name = "join",
      mixinStandardHelpOptions = true,
      description =
          "Join a group with a fresh key: an open group at once (external commit); otherwise ask"
              + " a facilitator (with --invite CODE for an invite-only group), then run join again"
              + " to finish once accepted.")
  static final class Join extends InGroup {
    @Option(
        names = "--name",
        paramLabel = "NAME",
        description = "Your display name in this group; only its members see it.")
    String name;

    @Option(names = "--invite", paramLabel = "CODE", description = "An invite code.")
    String invite;

    Join(CliContext context) {
      super(context);
    }

    @Override
    public Integer call() {
      GroupRun run = run(false);
      if (run.memberships.knows(group)) {
        GroupMember member = run.member();
        context.out.println(
            member.isRemoved()
                ? "You were removed from group " + group + "; 'hearth leave' forgets it here."
                : "You are a member of group " + group + " as " + member.displayName() + ".");
        return ExitCodes.OK;
      }
      if (name == null) {
        throw new CliFailure("Choose a display name for this group with --name.", ExitCodes.USAGE);
      }
      GroupDescriptor descriptor = context.client(url).group(group);
      String displayName = GroupRun.displayName(name);
      if (descriptor.joinPolicy() == JoinPolicy.OPEN) {
        GroupMember member = run.memberships.joinOpen(group, displayName);
        context.out.println(
            "Joined \""
                + Transcript.safe(descriptor.name())
                + "\" as "
                + displayName
                + " (epoch "
                + member.epoch()
                + "). Read it with: hearth read "
                + url
                + " "
                + group);
      } else {
        if (descriptor.joinPolicy() == JoinPolicy.INVITE_ONLY && invite == null) {
          throw new CliFailure(
              "Group "
                  + group
                  + " is invite-only: pass the code you were given with --invite CODE.",
              ExitCodes.USAGE);
        }
        PendingJoin request = run.memberships.requestJoin(group, displayName, invite);
        context.out.println(
            "Asked to join \""
                + Transcript.safe(descriptor.name())
                + "\" (request "
                + request.id()
                + "). Once a facilitator accepts, finish with: hearth join "
                + url
                + " "
                + group);
      }
      context.out.println("Guidelines (version " + descriptor.guidelinesVersion() + "):");
      descriptor.guidelines().lines().forEach(l -> context.out.println("  " + Transcript.safe(l)));
      return ExitCodes.OK;
    }
  }

  /** {@code hearth leave}. */
  @Command(
      name = "leave",
      mixinStandardHelpOptions = true,
      description =
          "Leave a group: ask the members to remove you, have the instance forget your key there,"
              + " and forget the group's key and messages in this keyring.")
  static final class Leave extends InGroup {
    Leave(CliContext context) {
      super(context);
    }

    @Override
    public Integer call() {
      GroupRun run = run(false);
      if (!run.memberships.knows(group)) {
        throw new CliFailure("This keyring is not in group " + group + ".", ExitCodes.GROUP);
      }
      run.memberships.open(group).leave();
      context.out.println(
          "You left group " + group + "; this keyring no longer holds its key or messages.");
      return ExitCodes.OK;
    }
  }

  /** {@code hearth requests}. */
  @Command(
      name = "requests",
      mixinStandardHelpOptions = true,
      description = "List the requests to join a group you facilitate.")
  static final class Requests extends InGroup {
    Requests(CliContext context) {
      super(context);
    }

    @Override
    public Integer call() {
      List<PendingJoin> requests = run(false).member().delivery().joinRequests();
      if (requests.isEmpty()) {
        context.out.println("No requests wait.");
      }
      for (PendingJoin r : requests) {
        context.out.println(
            r.id()
                + "  key "
                + Fingerprint.of(new KeyThumbprint(r.thumbprint()))
                + "  asked "
                + Transcript.time(Instant.ofEpochSecond(r.createdAt()))
                + ", expires "
                + Transcript.time(Instant.ofEpochSecond(r.expiresAt())));
      }
      return ExitCodes.OK;
    }
  }

  /** {@code hearth accept}. */
  @Command(
      name = "accept",
      mixinStandardHelpOptions = true,
      description =
          "Accept requests to join: one commit adds them all and leaves a Welcome for each.")
  static final class Accept extends InGroup {
    @Parameters(
        index = "2..*",
        paramLabel = "REQUEST",
        arity = "0..*",
        description = "Request ids, as 'requests' lists them.")
    List<String> ids;

    @Option(names = "--all", description = "Accept every waiting request.")
    boolean all;

    Accept(CliContext context) {
      super(context);
    }

    @Override
    public Integer call() {
      if (all == (ids != null && !ids.isEmpty())) {
        throw new CliFailure("Name the requests to accept, or give --all.", ExitCodes.USAGE);
      }
      GroupMember member = run(false).member();
      List<PendingJoin> waiting = member.delivery().joinRequests();
      List<PendingJoin> chosen =
          all ? waiting : waiting.stream().filter(r -> ids.contains(r.id())).toList();
      if (!all && chosen.size() != ids.size()) {
        throw new CliFailure(
            "Not every request named is waiting; see: hearth requests " + url + " " + group,
            ExitCodes.GROUP);
      }
      if (chosen.isEmpty()) {
        context.out.println("No requests wait.");
        return ExitCodes.OK;
      }
      Accepted accepted = member.accept(chosen);
      context.out.println(
          "Added "
              + chosen.size()
              + " member(s) as message #"
              + accepted.seq()
              + " (epoch "
              + member.epoch()
              + "); each finishes with 'hearth join' when they come online.");
      return ExitCodes.OK;
    }
  }

  /** {@code hearth decline}. */
  @Command(
      name = "decline",
      mixinStandardHelpOptions = true,
      description = "Decline a request to join.")
  static final class Decline extends InGroup {
    @Parameters(index = "2", paramLabel = "REQUEST", description = "The request's id.")
    String id;

    Decline(CliContext context) {
      super(context);
    }

    @Override
    public Integer call() {
      run(false).member().delivery().declineJoinRequest(id);
      context.out.println("Declined request " + id + ".");
      return ExitCodes.OK;
    }
  }

  /** {@code hearth invite}. */
  @Command(
      name = "invite",
      mixinStandardHelpOptions = true,
      description = "Make an invite code for a group you facilitate: it admits one person, once.")
  static final class MakeInvite extends InGroup {
    @Option(names = "--hours", paramLabel = "N", description = "Valid for N hours (1-336).")
    Integer hours;

    MakeInvite(CliContext context) {
      super(context);
    }

    @Override
    public Integer call() {
      org.hearth.protocol.delivery.Invite invite =
          run(false).member().delivery().invite(new InviteRequest(hours));
      context.out.println("Invite code: " + invite.code());
      context.out.println(
          "Valid until "
              + Transcript.time(Instant.ofEpochSecond(invite.expiresAt()))
              + ". Give it to one person privately; they join with: hearth join "
              + url
              + " "
              + group
              + " --invite "
              + invite.code()
              + " --name NAME");
      return ExitCodes.OK;
    }
  }

  /** {@code hearth remove}. */
  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description =
          "Remove a member from a group you facilitate; they cannot read anything sent after.")
  static final class Remove extends InGroup {
    @Parameters(
        index = "2",
        paramLabel = "THUMBPRINT",
        description = "The member's key ('group members').")
    KeyThumbprint member;

    Remove(CliContext context) {
      super(context);
    }

    @Override
    public Integer call() {
      GroupMember facilitator = run(false).member();
      Accepted accepted = facilitator.remove(member);
      context.out.println(
          "Removed "
              + Fingerprint.of(member)
              + " as message #"
              + accepted.seq()
              + " (epoch "
              + facilitator.epoch()
              + ").");
      return ExitCodes.OK;
    }
  }
}
