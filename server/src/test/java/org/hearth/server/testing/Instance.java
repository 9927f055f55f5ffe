package org.hearth.server.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link HearthServers} for a running Hearth server. Parameters with the same name share one
 * server across test classes, so declare the same environment wherever a name is used.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Instance {
  /** The server's name; also its folder under {@code target/it/}. */
  String value() default "default";

  /**
   * Environment entries {@code NAME=value} for the server, such as {@code HEARTH_THEME=contrast}.
   */
  String[] env() default {};

  /** Whether the server uses the PostgreSQL of the test run instead of its own H2 file. */
  boolean postgres() default false;

  /** Whether the server also listens on IPv6 loopback. */
  boolean ipv6() default false;
}
