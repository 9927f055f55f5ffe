package org.hearth.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the schema migrations are done. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
  @Inject DatabaseMigrations migrations;

  @Override
  public HealthCheckResponse call() {
    boolean databaseAnswers;
    try (Connection connection = migrations.dataSource().getConnection()) {
      databaseAnswers = connection.isValid(2);
    } catch (SQLException e) {
      databaseAnswers = false;
    }
    return HealthCheckResponse.named("database")
        .status(databaseAnswers && migrations.isDone())
        .withData("answers", databaseAnswers)
        .withData("migrated", migrations.isDone())
        .build();
  }
}
