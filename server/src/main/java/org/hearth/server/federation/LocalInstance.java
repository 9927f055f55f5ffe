package org.hearth.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.BaseUrl;
import org.hearth.federation.Endpoints;
import org.hearth.federation.InstanceDocument;
import org.hearth.federation.protocol.InstanceSigner;
import org.hearth.federation.protocol.InstanceWire;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.instance.InstanceKeyService;
import org.hearth.server.instance.KeyRotation;
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

  /** Signs with the instance key (the current one, after a rotation). */
  public InstanceSigner signer() {
    InstanceSigner current = signer;
    if (current == null || !current.thumbprint().equals(keys.thumbprint())) {
      current = new InstanceSigner(keys.keyPair());
      signer = current;
    }
    return current;
  }

  /**
   * Replaces the instance key by a new one, announced in a rotation statement signed by the old
   * key; everything signed from then on is signed by the new key.
   *
   * @throws ApiException 409 {@code conflict} when the chain is as long as peers read, or another
   *     node rotated meanwhile
   */
  public KeyRotation rotate(Instant now) {
    if (keys.rotations().size() >= InstanceWire.MAX_ROTATIONS) {
      throw new ApiException(
          ProblemType.CONFLICT,
          "This instance has rotated its key "
              + InstanceWire.MAX_ROTATIONS
              + " times, as many as peers follow.");
    }
    try {
      return keys.rotate(next -> signer().signRotation(next, now));
    } catch (IllegalStateException e) {
      throw new ApiException(
          ProblemType.CONFLICT, "The instance key was changed meanwhile; reload and try again.");
    }
  }

  /** The keys this instance rotated away from. */
  public Set<KeyThumbprint> formerThumbprints() {
    return keys.rotations().stream().map(KeyRotation::old).collect(Collectors.toSet());
  }

  /** This instance's key rotations, oldest first. */
  public List<KeyRotation> rotations() {
    return keys.rotations();
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

  /**
   * What {@code /.well-known/hearth-instance} serves: the document signed by the current key, with
   * the chain of rotations that leads to it from every earlier key.
   */
  public InstanceWire wire(Instant now) {
    InstanceSigner current = signer();
    InstanceDocument doc = document(now);
    if (!doc.publicKey().thumbprint().equals(current.thumbprint())) {
      current = new InstanceSigner(keys.keyPair()); // rotated between the two reads
      doc = document(now);
    }
    return current.instanceWire(
        doc, keys.rotations().stream().map(KeyRotation::statement).toList());
  }
}
