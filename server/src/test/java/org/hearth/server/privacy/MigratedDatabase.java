package org.hearth.server.privacy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A fresh database with Hearth's Flyway migrations applied: an H2 in memory always, and a
 * PostgreSQL database when the build passes {@code hearth.it.postgres.url} (dropped on close).
 */
record MigratedDatabase(String kind, String url, String user, String password, Runnable drop)
    implements AutoCloseable {

  /** Every database this run can test against. */
  static List<MigratedDatabase> available() {
    List<MigratedDatabase> all = new ArrayList<>();
    all.add(h2());
    String postgres = System.getProperty("hearth.it.postgres.url", "");
    if (!postgres.isBlank()) {
      all.add(postgres(postgres));
    }
    return all;
  }

  static MigratedDatabase h2() {
    String url = "jdbc:h2:mem:privacy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    return migrated(new MigratedDatabase("H2", url, "hearth", "hearth", () -> {}));
  }

  private static MigratedDatabase postgres(String adminUrl) {
    String user = System.getProperty("hearth.it.postgres.user", "hearth");
    String password = System.getProperty("hearth.it.postgres.password", "hearth");
    String name = "hearth_privacy_" + UUID.randomUUID().toString().replace("-", "");
    admin(adminUrl, user, password, "CREATE DATABASE " + name);
    String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    return migrated(
        new MigratedDatabase(
            "PostgreSQL",
            url,
            user,
            password,
            () -> admin(adminUrl, user, password, "DROP DATABASE IF EXISTS " + name)));
  }

  private static MigratedDatabase migrated(MigratedDatabase db) {
    Flyway.configure()
        .dataSource(db.url, db.user, db.password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return db;
  }

  private static void admin(String url, String user, String password, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  Connection open() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** Whether this database folds unquoted names to upper case. */
  boolean upperCase() {
    return kind.toUpperCase(Locale.ROOT).equals("H2");
  }

  @Override
  public void close() {
    drop.run();
  }

  @Override
  public String toString() {
    return kind;
  }
}
