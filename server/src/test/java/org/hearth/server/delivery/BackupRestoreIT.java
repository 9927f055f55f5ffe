package org.hearth.server.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The documented backup and restore procedure ({@code ./hearth backup FILE}, {@code ./hearth
 * restore FILE}) restores an instance into a fresh one that answers exactly as the original: on the
 * embedded database (offline) and on PostgreSQL (online).
 */
@ExtendWith(HearthServers.class)
class BackupRestoreIT {
  private static final Path SCRIPT = Path.of("..", "hearth").toAbsolutePath().normalize();

  @Test
  void theEmbeddedDatabase(@Instance("backup-h2") HearthServer original) throws Exception {
    Conversation before = Conversation.record(original);
    original.stop();
    Path backup = Files.createTempFile("hearth-backup", ".tgz");
    run("backup", backup, Map.of("HEARTH_DATA_DIR", original.dataDir().toString()));

    HearthServer restored = HearthServers.dedicated("restored-h2", Map.of());
    try {
      run("restore", backup, Map.of("HEARTH_DATA_DIR", restored.dataDir().toString()));
      restored.start();
      assertEquals(before, before.readFrom(restored));
    } finally {
      restored.stop();
      Files.deleteIfExists(backup);
      original.start();
    }
  }

  @Test
  void postgresqlWhileRunning(@Instance(value = "backup-pg", postgres = true) HearthServer original)
      throws Exception {
    Conversation before = Conversation.record(original);
    String url = System.getProperty("hearth.it.postgres.url");
    String base = url.substring(0, url.lastIndexOf('/') + 1);
    String user = System.getProperty("hearth.it.postgres.user", "hearth");
    String password = System.getProperty("hearth.it.postgres.password", "hearth");
    Path backup = Files.createTempFile("hearth-backup", ".dump");
    run(
        "backup",
        backup,
        Map.of("DB_URL", base + "hearth_it_backup_pg", "DB_USER", user, "DB_PASSWORD", password));

    try (Connection db = DriverManager.getConnection(url, user, password);
        Statement statement = db.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS hearth_it_restored_pg");
      statement.execute("CREATE DATABASE hearth_it_restored_pg");
    }
    Map<String, String> restoredDb =
        Map.of("DB_URL", base + "hearth_it_restored_pg", "DB_USER", user, "DB_PASSWORD", password);
    run("restore", backup, restoredDb);
    HearthServer restored = HearthServers.dedicated("restored-pg", restoredDb);
    try {
      restored.start();
      assertEquals(before, before.readFrom(restored));
    } finally {
      restored.stop();
      Files.deleteIfExists(backup);
    }
  }

  private static void run(String action, Path file, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", SCRIPT.toString(), action, file.toString())
            .redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(120, TimeUnit.SECONDS);
    assertEquals(0, process.exitValue(), "./hearth " + action + ":\n" + output);
  }

  /** What a member sees of a group: its descriptor, its MLS state and its messages. */
  record Conversation(
      String groupId, String descriptor, String state, String messages, GroupMember member) {
    static Conversation record(HearthServer hearth) {
      DeliveryIT.Group group = DeliveryIT.Group.create(hearth, "APPROVAL", 12);
      GroupMember member = group.add();
      for (int i = 0; i < 3; i++) {
        assertEquals(201, member.send("kept safe " + i).statusCode());
      }
      return read(hearth, group.id(), member);
    }

    private static Conversation read(HearthServer hearth, String groupId, GroupMember member) {
      return new Conversation(
          groupId,
          Http.get(hearth.uri("/api/v1/groups/" + groupId)).body(),
          member.get("mls").body(),
          member.get("messages?after=0").body(),
          member);
    }

    Conversation readFrom(HearthServer restored) {
      GroupMember again = new GroupMember(restored, groupId, member.key);
      return read(restored, groupId, again);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Conversation c
          && groupId.equals(c.groupId)
          && descriptor.equals(c.descriptor)
          && state.equals(c.state)
          && messages.equals(c.messages);
    }

    @Override
    public int hashCode() {
      return new HashMap<>(Map.of(groupId, descriptor)).hashCode();
    }

    @Override
    public String toString() {
      return descriptor + "\n" + state + "\n" + messages;
    }
  }
}
