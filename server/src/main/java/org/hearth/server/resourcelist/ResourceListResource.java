package org.hearth.server.resourcelist;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.Problem;
import org.hearth.server.api.ProblemType;

/** The resource list over JSON: {@code GET /api/v1/resources?country=UG}. */
@Path("api/v1/resources")
@RequestScoped
public class ResourceListResource {
  @Inject ResourceListService service;

  /** Entries for the country (two letters), then the international ones. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<HelpEntry> list(@QueryParam("country") String country) {
    if (country == null || country.isBlank()) {
      return service.forCountry(null);
    }
    String code =
        ResourceListService.country(country)
            .orElseThrow(
                () ->
                    new ApiException(
                        ProblemType.VALIDATION,
                        "country must be a two-letter ISO 3166-1 code.",
                        List.of(
                            new Problem.FieldError(
                                "country", "must be two letters, for example UG"))));
    return service.forCountry(code);
  }
}
