package org.hearth.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./hearth bench}: the benchmark's entry point; each figure is a sub-command. */
@Command(
    name = "hearth-bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks Hearth, side by side with Prosody. See docs/benchmarks.md.",
    subcommands = {
      CompareCommand.class,
      DurableCommand.class,
      SignInCommand.class,
      FollowersCommand.class,
      ColdStartCommand.class
    })
public final class BenchCommand implements Runnable {
  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
