package org.hearth.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hearth.server.resourcelist.HelpEntry;
import org.hearth.server.resourcelist.ResourceListService;

/**
 * Get help now: crisis lines for the country a person picks, and what to do in immediate danger.
 * The country travels only in the query string; Hearth does not store it or guess it.
 */
@Controller
@Path("help")
@RequestScoped
public class HelpController {
  @Inject Models models;
  @Inject MvcContext mvc;
  @Inject ResourceListService resources;

  /** A country in the picker: its code and its name in the reader's language. */
  public record CountryOption(String code, String name) {}

  @GET
  @Produces(Pages.HTML)
  public String show(@QueryParam("country") String country) {
    Optional<String> chosen = ResourceListService.country(country);
    List<HelpEntry> entries = resources.forCountry(chosen.orElse(null));
    models.put("country", chosen.orElse(""));
    models.put("countryInvalid", country != null && !country.isBlank() && chosen.isEmpty());
    models.put("countries", countryOptions(mvc.getLocale()));
    models.put("entries", entries);
    models.put(
        "local",
        entries.stream()
            .filter(e -> !e.countries().contains(ResourceListService.INTERNATIONAL))
            .toList());
    return "help.html";
  }

  private List<CountryOption> countryOptions(Locale locale) {
    Collator collator = Collator.getInstance(locale);
    return resources.countries().stream()
        .map(code -> new CountryOption(code, new Locale("", code).getDisplayCountry(locale)))
        .sorted(Comparator.comparing(CountryOption::name, collator))
        .toList();
  }
}
