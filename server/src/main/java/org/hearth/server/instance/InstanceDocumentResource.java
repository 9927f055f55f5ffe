package org.hearth.server.instance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.server.platform.BuildInfo;
import org.hearth.server.platform.HearthSettings;

/** Serves the instance document at the well-known path. */
@Path(".well-known/hearth")
@RequestScoped
public class InstanceDocumentResource {
  @Inject InstanceKeyService keys;
  @Inject HearthSettings settings;
  @Inject BuildInfo build;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public InstanceDocument get() {
    Ed25519PublicKey key = keys.keyPair().publicKey();
    return new InstanceDocument(
        settings.instanceName(),
        settings.instanceDescription(),
        settings.baseUrl().toString(),
        Map.of("kty", "OKP", "crv", "Ed25519", "x", key.x()),
        key.thumbprint().value(),
        new InstanceDocument.Software("hearth", build.version()));
  }
}
