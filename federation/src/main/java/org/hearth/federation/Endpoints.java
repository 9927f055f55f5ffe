package org.hearth.federation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an instance serves federation, as absolute paths under its {@link BaseUrl}: the group
 * directory feed, the resource-list feed, and the inbox that takes peering requests, peering
 * notices and change notices.
 *
 * <p>Immutable and thread-safe.
 */
public record Endpoints(String directory, String resources, String inbox) {
  private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]{1,64}){1,8}");

  /** The paths Hearth serves by default. */
  public static final Endpoints DEFAULT =
      new Endpoints("/federation/v1/directory", "/federation/v1/resources", "/federation/v1/inbox");

  public Endpoints {
    for (String path : new String[] {directory, resources, inbox}) {
      if (!PATH.matcher(Objects.requireNonNull(path, "path")).matches()) {
        throw new IllegalArgumentException("an endpoint is an absolute path of safe segments");
      }
    }
  }
}
