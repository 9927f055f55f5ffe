package org.hearth.client.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.hearth.client.api.Following;
import org.hearth.client.api.HearthApiException;
import org.hearth.client.member.GroupEvent;
import org.hearth.client.member.GroupMember;
import org.hearth.crypto.mls.MlsException;
import org.hearth.protocol.content.ContentFormatException;
import org.hearth.protocol.content.MessageId;
import org.hearth.protocol.content.Post;
import org.hearth.protocol.delivery.Accepted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hearth send|read|follow|delete}: talking in a group this keyring is a member of. Each
 * restores the membership from the keyring, prints every message it processes on the way, and saves
 * the keyring after each step.
 *
 * <p>Not thread-safe; each command object serves one run.
 */
final class ConversationCommands {
  private ConversationCommands() {}

  /** {@code hearth send}. */
  @Command(
      name = "send",
      mixinStandardHelpOptions = true,
      description =
          "Send a message to a group, end-to-end encrypted: a new thread (with --title) or a reply"
              + " (with --thread ID).")
  static final class Send extends InGroup {
    @Parameters(
        index = "2",
        arity = "0..1",
        paramLabel = "TEXT",
        description = "The message (quote it), or give --body-file.")
    String text;

    @Option(
        names = "--body-file",
        paramLabel = "PATH",
        description = "Read the message from a UTF-8 text file instead.")
    Path file;

    @Option(names = "--title", paramLabel = "TITLE", description = "Start a thread with title.")
    String title;

    @Option(
        names = "--thread",
        paramLabel = "ID",
        description = "Reply in the thread whose first message has this id.")
    String thread;

    @Option(
        names = "--cw",
        paramLabel = "TEXT",
        description = "A content warning; readers see the message collapsed.")
    String warning;

    Send(CliContext context) {
      super(context);
    }

    private String body() {
      if (text != null) {
        return text;
      }
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CliFailure(
            "Cannot read " + file + " (" + e.getClass().getSimpleName() + ").", ExitCodes.USAGE);
      }
    }

    @Override
    public Integer call() {
      if ((title == null) == (thread == null)) {
        throw new CliFailure(
            "Give --title to start a thread, or --thread ID to reply in one.", ExitCodes.USAGE);
      }
      if ((text == null) == (file == null)) {
        throw new CliFailure("Give the message as TEXT or with --body-file.", ExitCodes.USAGE);
      }
      GroupRun run = run(false);
      GroupMember member = run.member();
      Post post;
      try {
        post =
            new Post(
                MessageId.random(),
                member.displayName(),
                thread == null ? null : MessageId.fromHex(thread.strip()),
                title,
                body(),
                warning);
      } catch (ContentFormatException e) {
        throw new CliFailure(e.getMessage(), ExitCodes.USAGE);
      }
      Accepted accepted = member.send(post);
      context.out.println(
          "Sent message #"
              + accepted.seq()
              + (thread == null ? " (thread id " + post.id().hex() + ")" : "")
              + ".");
      return ExitCodes.OK;
    }
  }

  /** {@code hearth read}. */
  @Command(
      name = "read",
      mixinStandardHelpOptions = true,
      description =
          "Read the group's new messages since the last read (decrypted here; the instance never"
              + " can).")
  static final class Read extends InGroup {
    @Option(names = "--reveal", description = "Show messages behind a content warning.")
    boolean reveal;

    @Option(
        names = "--report",
        paramLabel = "N",
        description =
            "Report message #N, read in this run, to the facilitators (the signed message is the"
                + " evidence; see docs/reports.md).")
    Long report;

    @Option(
        names = "--reason",
        paramLabel = "REASON",
        description = "With --report: HARASSMENT, HATE, THREAT, SELF_HARM, PRIVACY, SPAM or OTHER.")
    String reason = "OTHER";

    @Option(names = "--note", paramLabel = "TEXT", description = "With --report: a short note.")
    String note;

    Read(CliContext context) {
      super(context);
    }

    @Override
    public Integer call() {
      GroupRun run = run(reveal);
      GroupMember member = run.member();
      GroupEvent.Message[] reported = new GroupEvent.Message[1];
      run.also(
          event -> {
            if (event instanceof GroupEvent.Message m && report != null && m.seq() == report) {
              reported[0] = m;
            }
          });
      member.sync();
      commitLeaving(context, member);
      if (run.transcript.events() == 0) {
        context.out.println("No new messages.");
      }
      if (report != null) {
        if (reported[0] == null) {
          throw new CliFailure(
              "Message #"
                  + report
                  + " was not among the messages read now: a report needs the message as this"
                  + " run decrypted it.",
              ExitCodes.USAGE);
        }
        String id = member.report(reported[0], reason, note);
        context.out.println("Reported message #" + report + " (report " + id + ").");
      }
      return ExitCodes.OK;
    }
  }

  /** {@code hearth follow}. */
  @Command(
      name = "follow",
      mixinStandardHelpOptions = true,
      description =
          "Print the group's messages as they arrive, until Ctrl-C. It holds the keyring while it"
              + " runs: send from another terminal with another keyring, or stop it first.")
  static final class Follow extends InGroup {
    @Option(names = "--reveal", description = "Show messages behind a content warning.")
    boolean reveal;

    @Option(names = "--count", paramLabel = "N", description = "Stop after N new messages.")
    Integer count;

    @Option(names = "--seconds", paramLabel = "S", description = "Stop after S seconds.")
    Integer seconds;

    Follow(CliContext context) {
      super(context);
    }

    @Override
    public Integer call() throws InterruptedException {
      GroupRun run = run(reveal);
      GroupMember member = run.member();
      Following[] following = new Following[1];
      run.also(
          event -> {
            if (event instanceof GroupEvent.Proposed) {
              commitLeaving(context, member);
            }
            if (count != null && run.transcript.messages() >= count && following[0] != null) {
              following[0].close();
            }
          });
      context.err.println("hearth: following group " + group + "; Ctrl-C stops.");
      following[0] =
          member.follow(
              new Following.Listener() {
                @Override
                public void onMessage(org.hearth.protocol.delivery.DeliveredMessage message) {}

                @Override
                public void onDisconnected(String reason, Duration retryIn) {
                  context.err.println(
                      "hearth: the stream dropped ("
                          + Transcript.safe(reason)
                          + "); reconnecting in "
                          + retryIn.toMillis()
                          + " ms.");
                }
              });
      if (count != null && run.transcript.messages() >= count) {
        following[0].close();
      }
      boolean stopped =
          following[0].await(seconds == null ? Duration.ofDays(365) : Duration.ofSeconds(seconds));
      following[0].close();
      if (stopped && following[0].failure().isPresent()) {
        throw following[0].failure().get();
      }
      return ExitCodes.OK;
    }
  }

  /** {@code hearth delete}. */
  @Command(
      name = "delete",
      mixinStandardHelpOptions = true,
      description =
          "Delete one of your messages from the instance: members who have not read it yet see"
              + " it as deleted.")
  static final class Delete extends InGroup {
    @Parameters(
        index = "2",
        paramLabel = "SEQ",
        description = "The message's number, as send printed it.")
    long seq;

    Delete(CliContext context) {
      super(context);
    }

    @Override
    public Integer call() {
      run(false).member().deleteMessage(seq);
      context.out.println("Deleted message #" + seq + " from the instance.");
      return ExitCodes.OK;
    }
  }

  /**
   * Commits what members proposed in this epoch (their leaving), so that their leaves go; if
   * another member did it first, there is nothing left to do.
   */
  private static void commitLeaving(CliContext context, GroupMember member) {
    if (member.isRemoved() || member.pendingProposals() == 0) {
      return;
    }
    try {
      member
          .commitProposals()
          .ifPresent(
              a -> context.out.println("Committed the pending proposals as message #" + a.seq()));
    } catch (MlsException | HearthApiException e) {
      context.err.println(
          "hearth: could not commit the pending proposals (" + e.getMessage() + ").");
    }
  }
}
