package org.hearth.server.api;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is calling, for in-memory rate limits only (never stored or logged): the connecting address,
 * or behind a trusted reverse proxy the address the proxy names last in the configured header (it
 * appends the client's), so that callers behind one proxy are not one caller. Stateless.
 */
public final class ClientAddresses {
  private ClientAddresses() {}

  /**
   * @param header the proxy's header, or empty when Hearth is reached directly
   */
  public static String of(HttpServletRequest request, String header) {
    if (!header.isEmpty()) {
      String forwarded = request.getHeader(header);
      if (forwarded != null && !forwarded.isBlank()) {
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
      }
    }
    return request.getRemoteAddr();
  }
}
