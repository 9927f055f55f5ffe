package org.hearth.server.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this build expects when the application starts, with the
 * versioned SQL files under {@code db/migration} (the same files for H2 and PostgreSQL). Hearth
 * never lets the persistence provider generate tables, so an upgrade never drops data.
 *
 * <p>Several nodes may start at once: Flyway serialises them with a database lock.
 */
@ApplicationScoped
public class DatabaseMigrations {
  /**
   * Where the SQL files are. The empty {@code flyway.location} files in it and in {@code
   * db/callback} let Flyway find those folders through Liberty's class loader.
   */
  private static final String LOCATION = "classpath:db/migration";

  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = "jdbc/hearth")
  DataSource dataSource;

  private volatile boolean done;

  /** Runs first among start-up observers: everything after it needs the schema. */
  void onStart(@Observes @Priority(1000) @Initialized(ApplicationScoped.class) Object ignored) {
    migrate();
  }

  /** Applies pending migrations; safe to call again, which then does nothing. */
  public synchronized void migrate() {
    if (done) {
      return;
    }
    try {
      MigrateResult result =
          Flyway.configure(DatabaseMigrations.class.getClassLoader())
              .dataSource(dataSource)
              .locations(LOCATION)
              .failOnMissingLocations(true)
              .load()
              .migrate();
      LOG.info(
          () ->
              "Database schema at version "
                  + result.targetSchemaVersion
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied now)");
      done = true;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Database migration failed; Hearth stays not ready", e);
    }
  }

  /** Whether the schema is at the version this build expects. */
  public boolean isDone() {
    return done;
  }

  DataSource dataSource() {
    return dataSource;
  }
}
