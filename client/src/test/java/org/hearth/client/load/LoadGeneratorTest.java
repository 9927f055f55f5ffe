package org.hearth.client.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.client.testing.FakeHearth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** A short run against the stand-in Hearth: groups made by members, posts sent and delivered. */
class LoadGeneratorTest {
  @RegisterExtension final FakeHearth hearth = new FakeHearth();

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aShortRunSetsUpSendsDeliversAndReports(boolean decrypt) {
    StringWriter out = new StringWriter();
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--url",
                hearth.url().toString(),
                "--groups",
                "2",
                "--members",
                "3",
                "--warmup",
                "0",
                "--seconds",
                "2",
                "--server-pid",
                Long.toString(ProcessHandle.current().pid())));
    if (decrypt) {
      args.add("--decrypt");
    }
    int code =
        new CommandLine(new LoadGenerator(new PrintWriter(out, true)))
            .execute(args.toArray(String[]::new));
    String report = out.toString();
    assertEquals(0, code, report);
    assertTrue(report.contains("setup: group 2/2 ready with 3 members"), report);
    assertTrue(report.contains(decrypt ? "decrypted by the followers" : "on arrival"), report);
    long accepted = figure(report, "accepted messages/s\\s+[0-9.]+\\s+\\((\\d+)\\)");
    long deliveries = figure(report, "deliveries/s\\s+[0-9.]+\\s+\\((\\d+)\\)");
    assertTrue(accepted > 0, report);
    assertTrue(deliveries > 0, report);
    assertTrue(deliveries <= 2 * accepted + 2 * 6, "at most two others receive each: " + report);
    assertTrue(report.contains("send-to-delivery ms  p50 "), report);
    assertTrue(report.contains("CPU-s per 1,000 deliveries"), report);
    assertTrue(report.contains("failures             none"), report);
  }

  @Test
  void processFiguresAreReadFromProc() {
    ProcessFigures self = ProcessFigures.of(ProcessHandle.current().pid());
    assertTrue(self.cpuSeconds() > 0);
    assertTrue(self.rssBytes() > 1024 * 1024);
    assertEquals(30, ProcessFigures.ticks("42 (java (x) y) S 1 2 3 4 5 6 7 8 9 10 20 10 0 0 20"));
    assertEquals(2048, ProcessFigures.rssBytes(List.of("Name: java", "VmRSS:\t    2 kB")));
  }

  private static long figure(String report, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(report);
    assertTrue(m.find(), report);
    return Long.parseLong(m.group(1));
  }
}
