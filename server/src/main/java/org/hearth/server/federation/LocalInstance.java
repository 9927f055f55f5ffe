package org.hearth.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.BaseUrl;
import org.hearth.federation.Endpoints;
import org.hearth.federation.InstanceDocument;
import org.hearth.federation.protocol.InstanceSigner;
import org.hearth.federation.protocol.InstanceWire;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.instance.InstanceKeyService;
import org.hearth.server.platform.HearthSettings;

/**
 * This instance as its peers see it: its signed instance document and the signer for everything it
 * sends. Federation is on only when the base URL is https (or plain HTTP to a loopback address,
 * where the settings allow that for tests).
 */
@ApplicationScoped
public class LocalInstance {
  @Inject InstanceKeyService keys;
  @Inject HearthSettings settings;
  @Inject FederationSettings federation;

  private volatile InstanceSigner signer;

  /** Signs with the instance key. */
  public InstanceSigner signer() {
    InstanceSigner current = signer;
    if (current == null) {
      current = new InstanceSigner(keys.keyPair());
      signer = current;
    }
    return current;
  }

  public KeyThumbprint thumbprint() {
    return keys.thumbprint();
  }

  /** This instance's base URL, if federation may use it. */
  public Optional<BaseUrl> baseUrl() {
    try {
      BaseUrl url = new BaseUrl(settings.baseUrl().toString());
      return allowed(url) ? Optional.of(url) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The base URL, or 503 {@code federation-off}. */
  public BaseUrl requireBaseUrl() {
    return baseUrl()
        .orElseThrow(
            () ->
                new ApiException(
                    ProblemType.FEDERATION_OFF,
                    "Set hearth.base.url to this instance's public https address to federate."));
  }

  /** Whether this instance may talk to an instance at {@code url}: https, or allowed loopback. */
  public boolean allowed(BaseUrl url) {
    return url.value().startsWith("https://") || federation.allowLoopbackHttp();
  }

  /** The instance document as of {@code now}. */
  public InstanceDocument document(Instant now) {
    String operator =
        federation.operator().isBlank() ? settings.instanceName() : federation.operator();
    return new InstanceDocument(
        settings.instanceName(),
        operator,
        settings.instanceDescription(),
        requireBaseUrl(),
        keys.keyPair().publicKey(),
        Endpoints.DEFAULT,
        InstanceDocument.PROTOCOL_VERSION,
        now);
  }

  /** What {@code /.well-known/hearth-instance} serves: the document signed, no rotations yet. */
  public InstanceWire wire(Instant now) {
    return signer().instanceWire(document(now), List.of());
  }
}
