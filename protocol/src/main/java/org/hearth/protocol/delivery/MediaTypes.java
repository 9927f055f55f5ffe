package org.hearth.protocol.delivery;

/** Media types of the delivery API. */
public final class MediaTypes {
  /** A single MLSMessage in its TLS encoding (RFC 9420 section 17.10). */
  public static final String MLS = "message/mls";

  /** Server-Sent Events (HTML Living Standard, section 9.2). */
  public static final String EVENT_STREAM = "text/event-stream";

  private MediaTypes() {}
}
