package org.hearth.client.cli;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.hearth.client.member.GroupMember;
import org.hearth.crypto.Fingerprint;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.protocol.content.Content;
import org.hearth.protocol.content.ContentCodec;
import org.hearth.protocol.content.ContentFormatException;
import org.hearth.protocol.content.Post;
import org.hearth.protocol.delivery.Accepted;
import org.hearth.protocol.moderation.ReportView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hearth reports}: the report queue of a group this key facilitates, and a private reply to
 * one report (docs/reports.md, "Replying privately").
 */
@Command(
    name = "reports",
    mixinStandardHelpOptions = true,
    description =
        "List the open and escalated reports of a group you facilitate, or answer one privately:"
            + " only the member who reported can read the reply.")
final class ReportsCommand extends InGroup {
  @Option(
      names = "--reply",
      paramLabel = "REPORT",
      description = "Answer this report privately (its id, as listed).")
  String reply;

  @Option(names = "--text", paramLabel = "TEXT", description = "With --reply: the reply.")
  String text;

  ReportsCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    if (reply == null && text != null) {
      throw new CliFailure("--text goes with --reply REPORT.", ExitCodes.USAGE);
    }
    if (reply != null && (text == null || text.isBlank())) {
      throw new CliFailure("--reply needs the reply's --text.", ExitCodes.USAGE);
    }
    GroupMember member = run(false).member();
    List<ReportView> reports = member.delivery().reports();
    if (reply == null) {
      list(reports);
      return ExitCodes.OK;
    }
    ReportView report =
        reports.stream()
            .filter(r -> r.id().equals(reply))
            .findFirst()
            .orElseThrow(
                () ->
                    new CliFailure("No open report " + reply + " in this group.", ExitCodes.USAGE));
    Accepted accepted = member.replyPrivately(report, text);
    context.out.println(
        "Replied privately to report " + report.id() + " as message #" + accepted.seq() + ".");
    return ExitCodes.OK;
  }

  private void list(List<ReportView> reports) {
    if (reports.isEmpty()) {
      context.out.println("No reports wait.");
    }
    for (ReportView r : reports) {
      context.out.println(
          r.id()
              + "  "
              + r.reason()
              + "  about "
              + Fingerprint.of(new KeyThumbprint(r.accused()))
              + "  message #"
              + r.seq()
              + "  "
              + r.state()
              + ", "
              + r.verification()
              + ", filed "
              + Transcript.time(Instant.ofEpochSecond(r.createdAt()))
              + (r.replyKey() == null ? "" : "  (can be answered privately)"));
      context.out.println("  " + Transcript.safe(reported(r)));
      if (r.note() != null) {
        context.out.println("  note: " + Transcript.safe(r.note()));
      }
    }
  }

  private static String reported(ReportView r) {
    try {
      Content content = ContentCodec.decode(Base64.getUrlDecoder().decode(r.content()));
      if (content instanceof Post post) {
        return (post.title() == null ? "" : post.title() + " - ") + post.body();
      }
      return "(not a post)";
    } catch (ContentFormatException | IllegalArgumentException e) {
      return "(not a post)";
    }
  }
}
