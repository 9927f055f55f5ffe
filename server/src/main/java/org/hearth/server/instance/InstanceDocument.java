package org.hearth.server.instance;

import java.util.Map;

/**
 * The public description of this instance served at {@code /.well-known/hearth}: what a member, an
 * admin or a peer needs to recognise it.
 *
 * @param publicKey the instance key as an RFC 8037 JSON Web Key
 * @param thumbprint the key's RFC 7638 thumbprint, the instance's id
 */
public record InstanceDocument(
    String name,
    String description,
    String baseUrl,
    Map<String, String> publicKey,
    String thumbprint,
    Software software) {

  /** Which software answers, so peers can tell what protocol version to speak. */
  public record Software(String name, String version) {}
}
