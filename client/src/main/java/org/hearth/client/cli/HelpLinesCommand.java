package org.hearth.client.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.hearth.client.InstanceUrl;
import org.hearth.client.api.HelpEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hearth help-lines URL --country UG}: crisis lines and services from an instance's resource
 * list. It needs no keyring.
 *
 * <p>Not thread-safe; one instance serves one run.
 */
@Command(
    name = "help-lines",
    mixinStandardHelpOptions = true,
    description = "Show crisis lines and services for a country, then international ones.")
final class HelpLinesCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(paramLabel = "URL", description = "The instance.")
  InstanceUrl url;

  @Option(names = "--country", paramLabel = "CC", description = "Two letters, like UG or KE.")
  String country;

  HelpLinesCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    List<HelpEntry> entries = context.client(url).resources(country);
    if (entries.isEmpty()) {
      context.out.println("The instance lists no help lines for this country yet.");
    }
    for (HelpEntry e : entries) {
      StringBuilder line = new StringBuilder(e.name());
      if (e.phone() != null) {
        line.append("  call ").append(e.phone());
      }
      if (e.smsNumber() != null) {
        line.append("  SMS ")
            .append(e.smsKeyword() == null ? "" : e.smsKeyword() + " to ")
            .append(e.smsNumber());
      }
      if (e.url() != null) {
        line.append("  ").append(e.url());
      }
      if (e.hours() != null) {
        line.append("  (").append(e.hours()).append(')');
      }
      if (!e.verified()) {
        line.append("  [not verified recently]");
      }
      context.out.println(line);
    }
    return ExitCodes.OK;
  }
}
