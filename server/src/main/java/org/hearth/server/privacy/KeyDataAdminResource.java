package org.hearth.server.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.server.admin.AdminService;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.KeyProofs;
import org.hearth.server.identity.SignedIn;

/**
 * {@code GET /api/v1/admin/key-data/{thumbprint}}: for a data-protection request, exactly what
 * Hearth holds about one key, as JSON. Admins only.
 */
@Path("api/v1/admin/key-data/{thumbprint}")
@RequestScoped
@SignedIn
public class KeyDataAdminResource {
  @Inject AdminService admins;
  @Inject CurrentSession session;
  @Inject KeyDataService data;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public KeyDataService.KeyDataExport export(@PathParam("thumbprint") String thumbprint) {
    admins.requireAdmin(session.key());
    KeyThumbprint key;
    try {
      key = new KeyThumbprint(thumbprint);
    } catch (IllegalArgumentException e) {
      throw KeyProofs.invalid("thumbprint", "must be an RFC 7638 thumbprint (43 characters)");
    }
    return data.export(key);
  }
}
