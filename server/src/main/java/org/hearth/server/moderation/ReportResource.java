package org.hearth.server.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.protocol.moderation.FacilitationSummary;
import org.hearth.protocol.moderation.ReportAction;
import org.hearth.protocol.moderation.ReportRequest;
import org.hearth.protocol.moderation.ReportView;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.groups.GroupId;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.SignedIn;

/**
 * A group's reports over HTTP: members file them; facilitators read the queue, act on reports, see
 * what waits for them and lift mutes.
 */
@Path("api/v1/groups/{id}")
@RequestScoped
@SignedIn
public class ReportResource {
  @Inject ReportIntake intake;
  @Inject ReportQueue queue;
  @Inject CurrentSession session;

  @POST
  @Path("reports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response report(@PathParam("id") String id, ReportRequest request) {
    ReportView filed = intake.report(session.key(), groupId(id), request);
    return Response.status(Response.Status.CREATED).entity(filed).build();
  }

  @GET
  @Path("reports")
  @Produces(MediaType.APPLICATION_JSON)
  public List<ReportView> queue(@PathParam("id") String id) {
    return queue.queue(session.key(), groupId(id));
  }

  @POST
  @Path("reports/{reportId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public ReportView act(
      @PathParam("id") String id, @PathParam("reportId") String reportId, ReportAction action) {
    return queue.act(session.key(), groupId(id), reportId, action);
  }

  @GET
  @Path("facilitation")
  @Produces(MediaType.APPLICATION_JSON)
  public FacilitationSummary summary(@PathParam("id") String id) {
    return queue.summary(session.key(), groupId(id));
  }

  @DELETE
  @Path("mutes/{thumbprint}")
  public Response unmute(@PathParam("id") String id, @PathParam("thumbprint") String thumbprint) {
    KeyThumbprint member;
    try {
      member = new KeyThumbprint(thumbprint);
    } catch (IllegalArgumentException e) {
      throw new ApiException(ProblemType.NOT_FOUND, "That member is not muted.");
    }
    queue.unmute(session.key(), groupId(id), member);
    return Response.noContent().build();
  }

  static GroupId groupId(String id) {
    try {
      return GroupId.parse(id);
    } catch (IllegalArgumentException e) {
      throw new ApiException(ProblemType.NOT_FOUND, "There is no such group.");
    }
  }
}
