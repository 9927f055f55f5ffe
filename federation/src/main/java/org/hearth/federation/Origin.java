package org.hearth.federation;

import java.util.Objects;
import org.hearth.crypto.KeyThumbprint;

/**
 * The instance a feed entry comes from: its key thumbprint (which signs the entry) and its base URL
 * (where its instance document, and so its key, can be fetched).
 *
 * <p>Immutable and thread-safe.
 */
public record Origin(KeyThumbprint thumbprint, BaseUrl baseUrl) {
  public Origin {
    Objects.requireNonNull(thumbprint, "thumbprint");
    Objects.requireNonNull(baseUrl, "baseUrl");
  }
}
