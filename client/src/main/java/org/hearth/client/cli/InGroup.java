package org.hearth.client.cli;

import java.util.concurrent.Callable;
import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import picocli.CommandLine.Parameters;

/**
 * A command that acts in one group: its first two parameters are the instance and the group.
 *
 * <p>Not thread-safe; each command object serves one run.
 */
abstract class InGroup implements Callable<Integer> {
  final CliContext context;

  @Parameters(index = "0", paramLabel = "URL", description = "The instance.")
  InstanceUrl url;

  @Parameters(index = "1", paramLabel = "ID", description = "The group's id.")
  GroupId group;

  InGroup(CliContext context) {
    this.context = context;
  }

  /** The run's memberships, printing events (posts behind a warning shown if {@code reveal}). */
  GroupRun run(boolean reveal) {
    return new GroupRun(context, url, group, reveal);
  }
}
