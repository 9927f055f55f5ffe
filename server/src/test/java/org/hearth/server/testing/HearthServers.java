package org.hearth.server.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that hands tests running Hearth servers. A server is started the first time a
 * test asks for its name and is reused by every later test class in the run; all are stopped when
 * the run ends.
 *
 * <pre>
 * &#64;ExtendWith(HearthServers.class)
 * class SomeIT {
 *   &#64;Test void works(&#64;Instance HearthServer hearth) { ... }
 * }
 * </pre>
 */
public final class HearthServers implements ParameterResolver {
  private static final Map<String, HearthServer> SERVERS = new ConcurrentHashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(HearthServers::stopAll));
  }

  /**
   * Stops every shared server, all at once: the test JVM is given only so long to exit, and a
   * server left behind would outlive the build.
   */
  static void stopAll() {
    List<Thread> stopping = new ArrayList<>();
    for (HearthServer server : SERVERS.values()) {
      Thread thread = new Thread(server::stop, "stop " + server);
      thread.start();
      stopping.add(thread);
    }
    for (Thread thread : stopping) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == HearthServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Instance instance =
        parameter
            .findAnnotation(Instance.class)
            .orElseThrow(
                () ->
                    new ParameterResolutionException(
                        "annotate HearthServer parameters with @Instance"));
    // Stopped when the whole run ends (not only when the JVM exits).
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(HearthServers.class))
        .getOrComputeIfAbsent(
            "stop-all",
            key -> (ExtensionContext.Store.CloseableResource) HearthServers::stopAll,
            ExtensionContext.Store.CloseableResource.class);
    HearthServer server = SERVERS.computeIfAbsent(instance.value(), name -> create(instance));
    return server.start();
  }

  /** A server outside the shared registry, for tests that stop, kill or reconfigure it. */
  public static HearthServer dedicated(String name, Map<String, String> environment) {
    Map<String, String> env = new LinkedHashMap<>(environment);
    if (allOnPostgres() && !env.containsKey("DB_URL")) {
      env.putAll(postgresDatabase(name));
    }
    return new HearthServer(name, env, Map.of());
  }

  /**
   * Whether this run puts every server on PostgreSQL ({@code -Dhearth.it.database=postgres}): the
   * build runs the integration suite a second time that way, so both databases see every test.
   */
  public static boolean allOnPostgres() {
    return "postgres".equals(System.getProperty("hearth.it.database", "h2"));
  }

  private static HearthServer create(Instance instance) {
    Map<String, String> env = new LinkedHashMap<>();
    for (String entry : instance.env()) {
      int eq = entry.indexOf('=');
      env.put(entry.substring(0, eq), entry.substring(eq + 1));
    }
    if (instance.postgres() || allOnPostgres()) {
      env.putAll(postgresDatabase(instance.value()));
    }
    Map<String, String> dropins = new LinkedHashMap<>();
    if (instance.ipv6()) {
      dropins.put(
          "ipv6-loopback.xml",
          "<server><httpEndpoint id=\"ipv6Loopback\" host=\"::1\" httpPort=\"${http.port}\""
              + " httpsPort=\"-1\"/></server>");
    }
    return new HearthServer(instance.value(), env, dropins);
  }

  /**
   * A fresh PostgreSQL database for one server, in the PostgreSQL whose URL the build passes as
   * {@code hearth.it.postgres.url} (the test command starts one on loopback).
   */
  static Map<String, String> postgresDatabase(String serverName) {
    String url = System.getProperty("hearth.it.postgres.url", "");
    if (url.isBlank()) {
      throw new IllegalStateException(
          "no PostgreSQL for this run: the test command passes -Dhearth.it.postgres.url");
    }
    String user = System.getProperty("hearth.it.postgres.user", "hearth");
    String password = System.getProperty("hearth.it.postgres.password", "hearth");
    String database = "hearth_it_" + serverName.replaceAll("[^a-z0-9]", "_");
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database);
      statement.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create PostgreSQL database " + database, e);
    }
    String base = url.substring(0, url.lastIndexOf('/') + 1);
    return Map.of("DB_URL", base + database, "DB_USER", user, "DB_PASSWORD", password);
  }
}
