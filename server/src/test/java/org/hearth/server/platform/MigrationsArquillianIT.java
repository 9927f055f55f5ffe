package org.hearth.server.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.hearth.server.instance.InstanceKeyService;
import org.hearth.server.resourcelist.HelpEntry;
import org.hearth.server.resourcelist.ResourceListService;
import org.hearth.server.testing.HearthDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside a real Liberty: the schema comes from the migrations, and services read it. */
@ExtendWith(ArquillianExtension.class)
class MigrationsArquillianIT {

  @Deployment
  static WebArchive deployment() {
    return HearthDeployment.create(MigrationsArquillianIT.class);
  }

  @Resource(lookup = "jdbc/hearth")
  DataSource dataSource;

  @Inject DatabaseMigrations migrations;
  @Inject ResourceListService resources;
  @Inject InstanceKeyService instanceKey;

  @Test
  void everyMigrationRanSuccessfully() throws SQLException {
    assertTrue(migrations.isDone());
    List<String> versions = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                    + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
      while (rows.next()) {
        assertTrue(rows.getBoolean(2), "migration " + rows.getString(1) + " failed");
        versions.add(rows.getString(1));
      }
    }
    assertEquals(
        List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "11", "12", "13", "14", "15"),
        versions);
  }

  @Test
  void theSeededResourceListIsReadable() {
    List<HelpEntry> us = resources.forCountry("US");
    assertEquals(2, us.size());
    assertTrue(us.stream().allMatch(HelpEntry::hasContact));
    assertEquals(4, resources.forCountry("UG").size());
    assertTrue(resources.forCountry("UG").stream().noneMatch(HelpEntry::verified));
  }

  @Test
  void theInstanceKeyInUseIsTheStoredOne() throws SQLException {
    String inUse = instanceKey.keyPair().publicKey().x();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT public_key FROM instance_key")) {
      assertTrue(rows.next());
      assertEquals(inUse, rows.getString(1));
      assertTrue(!rows.next(), "exactly one instance key");
    }
  }
}
