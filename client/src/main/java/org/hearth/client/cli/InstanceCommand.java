package org.hearth.client.cli;

import org.hearth.client.InstanceUrl;
import org.hearth.client.api.InstanceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code hearth instance info URL}: what an instance says about itself, with the fingerprint of its
 * key to compare out of band.
 *
 * <p>Not thread-safe; one instance serves one run.
 */
@Command(name = "instance", mixinStandardHelpOptions = true, description = "Look at an instance.")
final class InstanceCommand {
  private final CliContext context;

  InstanceCommand(CliContext context) {
    this.context = context;
  }

  @Command(name = "info", description = "Show the instance document and its key's fingerprint.")
  int info(
      @Parameters(paramLabel = "URL", description = "The instance, like https://hearth.example.org")
          InstanceUrl url) {
    InstanceDocument doc = context.client(url).instanceDocument();
    context.out.println("Name:        " + doc.name());
    context.out.println("Description: " + doc.description());
    context.out.println("Base URL:    " + doc.baseUrl());
    context.out.println("Key:         " + doc.thumbprint());
    context.out.println("Fingerprint: " + doc.fingerprint());
    context.out.println("Software:    " + doc.softwareName() + " " + doc.softwareVersion());
    if (!doc.baseUrl().equals(url)) {
      context.err.println(
          "hearth: note: the instance calls itself " + doc.baseUrl() + ", not " + url + ".");
    }
    return ExitCodes.OK;
  }
}
