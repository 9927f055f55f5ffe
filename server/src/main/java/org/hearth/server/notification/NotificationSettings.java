package org.hearth.server.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The instance's mail server for facilitators' notices, each a Liberty variable in {@code
 * server.xml} overridden by the environment ({@code HEARTH_SMTP_HOST} …). Notices are off while no
 * host is set.
 */
@ApplicationScoped
public class NotificationSettings {
  /** How the connection to the mail server is protected. */
  enum Security {
    STARTTLS,
    TLS,
    NONE
  }

  @Inject
  @ConfigProperty(name = "hearth.smtp.host", defaultValue = " ")
  String host;

  @Inject
  @ConfigProperty(name = "hearth.smtp.port", defaultValue = "587")
  int port;

  @Inject
  @ConfigProperty(name = "hearth.smtp.security", defaultValue = "starttls")
  String security;

  @Inject
  @ConfigProperty(name = "hearth.smtp.user", defaultValue = " ")
  String user;

  @Inject
  @ConfigProperty(name = "hearth.smtp.password", defaultValue = " ")
  String password;

  @Inject
  @ConfigProperty(name = "hearth.smtp.from", defaultValue = " ")
  String from;

  @Inject
  @ConfigProperty(name = "hearth.notify.interval", defaultValue = "PT1H")
  String interval;

  /** Whether an SMTP server is configured, so that facilitators may opt in. */
  public boolean enabled() {
    return !host.isBlank() && !from.isBlank();
  }

  /** The least time between two notices to one facilitator. */
  public Duration interval() {
    Duration parsed = Duration.parse(interval.strip());
    return parsed.isNegative() ? Duration.ZERO : parsed;
  }

  String from() {
    return from.strip();
  }

  /** The user and password to authenticate with, when one is set. */
  Optional<String[]> credentials() {
    return user.isBlank() ? Optional.empty() : Optional.of(new String[] {user.strip(), password});
  }

  /** Jakarta Mail session properties for the configured server, with short timeouts. */
  Properties mailProperties() {
    Security mode = Security.valueOf(security.strip().toUpperCase(Locale.ROOT));
    String protocol = mode == Security.TLS ? "smtps" : "smtp";
    String prefix = "mail." + protocol + ".";
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", protocol);
    properties.put(prefix + "host", host.strip());
    properties.put(prefix + "port", String.valueOf(port));
    properties.put(prefix + "auth", String.valueOf(credentials().isPresent()));
    properties.put(prefix + "connectiontimeout", "10000");
    properties.put(prefix + "timeout", "10000");
    properties.put(prefix + "writetimeout", "10000");
    if (mode == Security.STARTTLS) {
      properties.put(prefix + "starttls.enable", "true");
      properties.put(prefix + "starttls.required", "true");
    }
    if (mode != Security.NONE) {
      properties.put(prefix + "ssl.checkserveridentity", "true");
    }
    return properties;
  }
}
