package org.hearth.federation.spi;

import java.io.IOException;
import org.hearth.federation.BaseUrl;

/**
 * Fetches the JSON an instance serves at {@code /.well-known/hearth-instance} ({@code
 * application/hearth-instance+json}), unverified. The server implements it with its HTTP client, a
 * timeout and a size limit. Implementations must be thread-safe.
 */
public interface InstanceDocumentFetcher {
  /**
   * @throws IOException if the instance cannot be reached or answers with an error
   */
  String fetch(BaseUrl baseUrl) throws IOException;
}
