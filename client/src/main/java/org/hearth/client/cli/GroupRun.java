package org.hearth.client.cli;

import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import org.hearth.client.member.GroupEvent;
import org.hearth.client.member.GroupMember;
import org.hearth.client.member.Memberships;
import org.hearth.protocol.content.ContentFormatException;
import org.hearth.protocol.content.MessageId;
import org.hearth.protocol.content.Retraction;

/**
 * What one group command works with: the person's memberships on the instance, with every event
 * processed on the way printed by a {@link Transcript}, and the membership in one group restored
 * from the keyring (a waiting join finished first when its Welcome has come).
 *
 * <p>Not thread-safe; one per command.
 */
final class GroupRun {
  final CliContext context;
  final InstanceUrl url;
  final GroupId group;
  final Transcript transcript;
  final Memberships memberships;
  private java.util.function.Consumer<GroupEvent> also = e -> {};

  GroupRun(CliContext context, InstanceUrl url, GroupId group, boolean reveal) {
    this.context = context;
    this.url = url;
    this.group = group;
    this.transcript = new Transcript(context.out, reveal);
    this.memberships =
        context.memberships(
            url,
            event -> {
              transcript.accept(event);
              also.accept(event);
            });
  }

  /** Also hands every event to {@code listener}, after printing it. */
  void also(java.util.function.Consumer<GroupEvent> listener) {
    also = listener;
  }

  /**
   * The membership in the group, as the keyring holds it; a join request whose Welcome has come is
   * finished first.
   */
  GroupMember member() {
    if (!memberships.knows(group)) {
      throw new CliFailure(
          "This keyring is not in group "
              + group
              + " on "
              + url
              + ". Join it with: hearth join "
              + url
              + " "
              + group
              + " --name NAME",
          ExitCodes.GROUP);
    }
    Memberships.JoinProgress progress = memberships.finishJoin(group);
    switch (progress.status()) {
      case WAITING ->
          throw new CliFailure(
              "Your request to join group "
                  + group
                  + " (asked "
                  + Transcript.time(java.time.Instant.ofEpochSecond(progress.request().createdAt()))
                  + ") waits for a facilitator.",
              ExitCodes.GROUP);
      case DECLINED ->
          throw new CliFailure(
              "Your request to join group "
                  + group
                  + " was declined or has expired; nothing of it is kept. Ask again with: hearth"
                  + " join "
                  + url
                  + " "
                  + group
                  + " --name NAME",
              ExitCodes.GROUP);
      default -> {
        GroupMember member = progress.member();
        transcript.self(member.thumbprint());
        return member;
      }
    }
  }

  /** Checks a display name against the content format's rules before it is stored. */
  static String displayName(String name) {
    try {
      return new Retraction(MessageId.random(), name, MessageId.random()).displayName();
    } catch (ContentFormatException e) {
      throw new CliFailure("--name: " + e.getMessage(), ExitCodes.USAGE);
    }
  }
}
