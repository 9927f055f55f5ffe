package org.hearth.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deployment choices Hearth reads at start-up. Each is a Liberty variable in {@code server.xml}
 * with a safe default, overridden by the environment variable of the same name.
 */
@ApplicationScoped
public class HearthSettings {
  /** Themes this build ships; an unknown configured theme falls back to the first. */
  public static final Set<String> THEMES = Set.of("calm", "contrast");

  private static final String DEFAULT_THEME = "calm";

  @Inject
  @ConfigProperty(name = "hearth.instance.name", defaultValue = "Hearth")
  String instanceName;

  @Inject
  @ConfigProperty(
      name = "hearth.instance.description",
      defaultValue = "Small, anonymous peer-support groups.")
  String instanceDescription;

  @Inject
  @ConfigProperty(name = "hearth.base.url", defaultValue = "http://localhost:9080")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "hearth.theme", defaultValue = DEFAULT_THEME)
  String theme;

  @Inject
  @ConfigProperty(name = "hearth.data.dir", defaultValue = "data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "hearth.api.max.body.bytes", defaultValue = "131072")
  long maxBodyBytes;

  @Inject
  @ConfigProperty(name = "hearth.group.size.default", defaultValue = "12")
  int defaultGroupSize;

  @Inject
  @ConfigProperty(name = "hearth.group.size.max", defaultValue = "32")
  int maxGroupSize;

  @Inject
  @ConfigProperty(name = "hearth.groups.member.create", defaultValue = "false")
  boolean membersMayCreateGroups;

  @Inject
  @ConfigProperty(name = "hearth.message.max.bytes", defaultValue = "65536")
  int maxMessageBytes;

  @Inject
  @ConfigProperty(name = "hearth.group.joins.per.hour", defaultValue = "10")
  int joinsPerHour;

  @Inject
  @ConfigProperty(name = "hearth.rate.per.connection", defaultValue = "50")
  double requestsPerSecondPerConnection;

  @Inject
  @ConfigProperty(name = "hearth.rate.per.key", defaultValue = "20")
  double requestsPerSecondPerKey;

  @Inject
  @ConfigProperty(name = "hearth.proxy.client.header", defaultValue = " ")
  String clientAddressHeader;

  /**
   * The header in which a trusted reverse proxy names the client's address (for rate limits only,
   * in memory); empty when Hearth is reached directly.
   */
  public String clientAddressHeader() {
    return clientAddressHeader == null ? "" : clientAddressHeader.strip();
  }

  /** API requests a second one connecting address may make on average (bursts of four times). */
  public double requestsPerSecondPerConnection() {
    return requestsPerSecondPerConnection;
  }

  /** API requests a second one signed-in key may make on average (bursts of four times). */
  public double requestsPerSecondPerKey() {
    return requestsPerSecondPerKey;
  }

  /** The largest application message (MLS PrivateMessage) a group takes, in bytes. */
  public int maxMessageBytes() {
    return maxMessageBytes;
  }

  /** How many joins (requests and external commits) one group takes per hour. */
  public int joinsPerHour() {
    return joinsPerHour;
  }

  /** The size cap of a group that does not choose one. */
  public int defaultGroupSize() {
    return Math.min(defaultGroupSize, maxGroupSize);
  }

  /** The largest size cap a group may have on this instance. */
  public int maxGroupSize() {
    return maxGroupSize;
  }

  /** Whether members (not only admins) may create groups, which they then facilitate. */
  public boolean membersMayCreateGroups() {
    return membersMayCreateGroups;
  }

  public String instanceName() {
    return instanceName;
  }

  public String instanceDescription() {
    return instanceDescription;
  }

  /** The public base URL without a trailing slash, as peers and members reach this instance. */
  public URI baseUrl() {
    String trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return URI.create(trimmed);
  }

  /** The configured theme if this build ships it, otherwise the calm default. */
  public String theme() {
    return THEMES.contains(theme) ? theme : DEFAULT_THEME;
  }

  public Path dataDir() {
    return Path.of(dataDir);
  }

  /** The largest request body the API reads, in bytes. */
  public long maxBodyBytes() {
    return maxBodyBytes;
  }
}
