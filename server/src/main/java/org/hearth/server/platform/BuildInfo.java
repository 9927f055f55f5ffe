package org.hearth.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this build, written into {@code hearth-build.properties} by Maven. */
@ApplicationScoped
public class BuildInfo {
  private final String version;

  public BuildInfo() {
    Properties properties = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("/hearth-build.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.version = properties.getProperty("hearth.version", "unknown");
  }

  /** The Maven version of this build, for example {@code 0.1.0-SNAPSHOT}. */
  public String version() {
    return version;
  }
}
