package org.hearth.client.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.hearth.client.GroupId;
import org.hearth.client.InstanceUrl;
import org.hearth.client.api.HearthApiException;
import org.hearth.client.api.HearthClient;
import org.hearth.client.api.HearthConnectionException;
import org.hearth.client.keyring.KeyringException;
import org.hearth.client.member.MemberException;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.PassphraseSeal;
import org.hearth.crypto.mls.MlsException;
import org.hearth.protocol.content.ContentFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hearth}: the command line of the Hearth client. Each command stands alone: it reads its
 * keys from the keyring and keeps sessions only for its own run.
 *
 * <p>Not thread-safe; one instance serves one run.
 */
@Command(
    name = "hearth",
    mixinStandardHelpOptions = true,
    versionProvider = HearthCli.Version.class,
    description = "Hearth client: a keyring of per-group keys and the Hearth API from a terminal.",
    subcommands = {
      KeyringCommand.class,
      InstanceCommand.class,
      AdminCommand.class,
      SignInCommand.class,
      GroupsCommand.class,
      GroupCommand.class,
      MembershipCommands.Join.class,
      MembershipCommands.Requests.class,
      MembershipCommands.Accept.class,
      MembershipCommands.Decline.class,
      MembershipCommands.MakeInvite.class,
      ConversationCommands.Send.class,
      ConversationCommands.Read.class,
      ConversationCommands.Follow.class,
      ConversationCommands.Delete.class,
      MembershipCommands.Remove.class,
      MembershipCommands.Leave.class,
      FacilitatorsCommand.class,
      ReportsCommand.class,
      HelpLinesCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:the instance refused the request",
      "2:wrong command line",
      "3:keyring missing, locked, unreadable or without that key",
      "4:the instance could not be reached",
      "5:not (yet) a member, a join request waiting, removed, or the group kept changing"
    })
public final class HearthCli implements Runnable {
  private final CliContext context;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  HearthCli(CliContext context) {
    this.context = context;
  }

  @Option(
      names = "--keyring",
      paramLabel = "FILE",
      description = "Keyring file (default: $HEARTH_KEYRING or ~/.config/hearth/keyring).")
  void keyring(Path path) {
    context.keyringPath(path);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Name a command.");
  }

  public static void main(String[] args) {
    int code;
    try (CliContext context = CliContext.system()) {
      code = run(context, args);
    }
    System.exit(code);
  }

  /**
   * Runs one command line without a console (passphrases come from {@code env}) and returns its
   * exit code; for programs and tests that embed the command line.
   *
   * @param home the directory that stands for {@code ~} in the default keyring path
   */
  public static int run(
      Map<String, String> env, Path home, PrintWriter out, PrintWriter err, String... args) {
    try (CliContext context =
        new CliContext(
            env,
            Terminal.none(),
            out,
            err,
            new PassphraseSeal(),
            Clock.systemUTC(),
            home,
            HearthClient::new)) {
      return run(context, args);
    }
  }

  /** Runs one command line in {@code context} and returns its exit code. */
  static int run(CliContext context, String... args) {
    return commandLine(context).execute(args);
  }

  static CommandLine commandLine(CliContext context) {
    CommandLine cli = new CommandLine(new HearthCli(context), new Factory(context));
    cli.setOut(context.out);
    cli.setErr(context.err);
    cli.registerConverter(InstanceUrl.class, text -> convert(() -> InstanceUrl.parse(text)));
    cli.registerConverter(GroupId.class, text -> convert(() -> GroupId.parse(text)));
    cli.registerConverter(
        KeyThumbprint.class, text -> convert(() -> new KeyThumbprint(text.strip())));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(context, e));
    return cli;
  }

  private static <T> T convert(java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }

  /** One line (plus the fields at fault) on standard error, and the exit code for {@code e}. */
  static int report(CliContext context, Exception e) {
    if (e instanceof HearthApiException problem) {
      context.err.println(
          "hearth: "
              + problem.getMessage()
              + " ["
              + problem.slug()
              + ", HTTP "
              + problem.status()
              + "]");
      problem.errors().forEach(f -> context.err.println("  " + f.field() + ": " + f.message()));
      ProblemHints.hint(problem).ifPresent(h -> context.err.println("  " + h));
      return ExitCodes.REFUSED;
    }
    if (e instanceof MemberException) {
      context.err.println("hearth: " + e.getMessage());
      return ExitCodes.GROUP;
    }
    if (e instanceof MlsException) {
      context.err.println("hearth: the group's encryption refused this (" + e.getMessage() + ").");
      return ExitCodes.GROUP;
    }
    if (e instanceof ContentFormatException) {
      context.err.println("hearth: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (e instanceof HearthConnectionException) {
      context.err.println("hearth: " + e.getMessage());
      return ExitCodes.UNREACHABLE;
    }
    if (e instanceof KeyringException) {
      context.err.println("hearth: " + e.getMessage());
      return ExitCodes.KEYRING;
    }
    if (e instanceof CliFailure failure) {
      context.err.println("hearth: " + failure.getMessage());
      return failure.exitCode();
    }
    if (e instanceof CommandLine.ParameterException) {
      context.err.println("hearth: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    context.err.println(
        "hearth: unexpected error (" + e.getClass().getSimpleName() + "): " + e.getMessage());
    return ExitCodes.SOFTWARE;
  }

  /** Creates commands with the run's context. */
  private static final class Factory implements CommandLine.IFactory {
    private final CliContext context;

    Factory(CliContext context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getDeclaredConstructor(CliContext.class).newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }

  /** The client's version, from the jar's manifest when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = HearthCli.class.getPackage().getImplementationVersion();
      return new String[] {"hearth client " + (version == null ? "(development)" : version)};
    }
  }
}
