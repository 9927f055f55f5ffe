package org.hearth.server.web;

/** Constants every page controller shares. */
public final class Pages {
  /** The media type of every page: HTML in UTF-8, so every language renders. */
  public static final String HTML = "text/html;charset=UTF-8";

  private Pages() {}
}
