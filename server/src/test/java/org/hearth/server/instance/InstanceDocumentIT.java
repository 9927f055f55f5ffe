package org.hearth.server.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(HearthServers.class)
class InstanceDocumentIT {

  @Test
  void servesTheInstanceDocumentWithItsKeyAndThumbprint(@Instance HearthServer hearth) {
    HttpResponse<String> response = Http.get(hearth.uri("/.well-known/hearth"));
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonObject document = Http.json(response);
    assertEquals("Hearth", document.getString("name"));
    assertFalse(document.getString("description").isBlank());
    assertEquals(hearth.baseUri().toString(), document.getString("baseUrl"));
    JsonObject jwk = document.getJsonObject("publicKey");
    assertEquals("OKP", jwk.getString("kty"));
    assertEquals("Ed25519", jwk.getString("crv"));
    Ed25519PublicKey key = Ed25519PublicKey.of(Base64.getUrlDecoder().decode(jwk.getString("x")));
    assertEquals(key.thumbprint().value(), document.getString("thumbprint"));
    assertEquals("hearth", document.getJsonObject("software").getString("name"));
    assertFalse(document.getJsonObject("software").getString("version").isBlank());
  }

  @Test
  void keepsItsKeyAcrossRestarts(@Instance HearthServer hearth) {
    String before = Http.json(Http.get(hearth.uri("/.well-known/hearth"))).getString("thumbprint");
    hearth.restart();
    String after = Http.json(Http.get(hearth.uri("/.well-known/hearth"))).getString("thumbprint");
    assertEquals(before, after);
  }
}
