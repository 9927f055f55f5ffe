package org.hearth.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hearth.server.api.ApiException;
import org.hearth.server.groups.GroupId;
import org.hearth.server.groups.GroupService;

/** The group directory (search by topic and language) and each group's public page. */
@Controller
@Path("groups")
@RequestScoped
public class GroupsController {
  private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");

  @Inject Models models;
  @Inject GroupService groups;

  @GET
  @Produces(Pages.HTML)
  public String directory(
      @QueryParam("topic") String topic, @QueryParam("language") String language) {
    String t = normalise(topic, TOPIC, true);
    String l = normalise(language, LANGUAGE, false);
    models.put("topic", t == null ? "" : t);
    models.put("language", l == null ? "" : l);
    models.put("groups", groups.directory(t, l));
    return "groups.html";
  }

  @GET
  @Path("{id}")
  @Produces(Pages.HTML)
  public String group(@PathParam("id") String id) {
    try {
      models.put("group", groups.get(GroupId.parse(id)));
    } catch (IllegalArgumentException | ApiException e) {
      throw new NotFoundException();
    }
    return "group.html";
  }

  /**
   * The group's chat: the page carries only the public descriptor; joining, keys and messages are
   * the browser client's (the server sees ciphertext only).
   */
  @GET
  @Path("{id}/chat")
  @Produces(Pages.HTML)
  public String chat(@PathParam("id") String id) {
    group(id);
    return "chat.html";
  }

  private static String normalise(String value, Pattern pattern, boolean lowerCase) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = lowerCase ? value.strip().toLowerCase(Locale.ROOT) : value.strip();
    return pattern.matcher(trimmed).matches() ? trimmed : null;
  }
}
