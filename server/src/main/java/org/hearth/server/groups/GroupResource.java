package org.hearth.server.groups;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.api.RequestValidator;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.SignedIn;

/** Groups over JSON: the directory of listed groups, one group's descriptor, creating a group. */
@Path("api/v1/groups")
@RequestScoped
public class GroupResource {
  @Inject GroupService groups;
  @Inject RequestValidator validator;
  @Inject CurrentSession session;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<GroupDescriptor> directory(
      @QueryParam("topic") String topic, @QueryParam("language") String language) {
    return groups.directory(emptyToNull(topic), emptyToNull(language));
  }

  @POST
  @SignedIn
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response create(CreateGroupRequest request) {
    validator.require(request);
    GroupDescriptor created = groups.create(session.key(), request);
    return Response.created(URI.create("api/v1/groups/" + created.id())).entity(created).build();
  }

  static GroupId parse(String id) {
    try {
      return GroupId.parse(id);
    } catch (IllegalArgumentException e) {
      throw new ApiException(ProblemType.NOT_FOUND, "There is no such group.");
    }
  }

  private static String emptyToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
