package org.hearth.server.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hearth.protocol.moderation.ReportAction;
import org.hearth.protocol.moderation.ReportView;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.SignedIn;

/** The admins' queue of escalated reports over HTTP. */
@Path("api/v1/admin/reports")
@RequestScoped
@SignedIn
public class AdminReportResource {
  @Inject ReportQueue queue;
  @Inject CurrentSession session;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<ReportView> escalated() {
    return queue.escalated(session.key());
  }

  @POST
  @Path("{reportId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public ReportView act(@PathParam("reportId") String reportId, ReportAction action) {
    return queue.adminAct(session.key(), reportId, action);
  }
}
