package org.hearth.server.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.crypto.Fingerprint;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.protocol.moderation.ReportAction;
import org.hearth.protocol.moderation.ReportView;
import org.hearth.server.api.ApiException;
import org.hearth.server.groups.GroupId;
import org.hearth.server.groups.GroupService;
import org.hearth.server.moderation.ReportQueue;
import org.hearth.server.web.Pages;

/**
 * The console's escalated reports: what groups' facilitators handed to the admins, with the group,
 * reason, note, the reported text and whether its signature verifies, and the admin's actions
 * (close as reviewed, dismiss). The reporter is never shown.
 */
@Controller
@Path("admin/reports")
@RequestScoped
public class EscalationsController {
  static final String VIEW = "admin/reports.html";
  private static final Set<String> DONE = Set.of("reviewed", "dismissed");

  @Inject Models models;
  @Inject ConsoleSession session;
  @Inject ReportQueue queue;
  @Inject GroupService groups;

  /** One escalated report as the page shows it; {@code text} is null when it cannot be shown. */
  public record Escalation(
      String id,
      String group,
      String reason,
      String note,
      String text,
      String verification,
      String accused,
      String filedAt,
      String expiresAt) {}

  @GET
  @Produces(Pages.HTML)
  public String page(@QueryParam("done") String done) {
    KeyThumbprint admin = session.requireAdmin();
    if (done != null && DONE.contains(done)) {
      models.put("notice", "admin.reports.done." + done);
    }
    return render(admin);
  }

  @POST
  @Path("{id}/{action:review|dismiss}")
  @Produces(Pages.HTML)
  public String act(@PathParam("id") String id, @PathParam("action") String action) {
    KeyThumbprint admin = session.requireAdmin();
    if (id == null || !id.matches("[A-Za-z0-9-]{1,36}")) {
      throw new NotFoundException();
    }
    try {
      queue.adminAct(admin, id, new ReportAction(action));
    } catch (ApiException e) {
      String key = new FormErrors("reports").refused(e).general();
      models.put("actionError", key == null ? "admin.problem.other" : key);
      return render(admin);
    }
    return "redirect:/admin/reports?done=" + ("review".equals(action) ? "reviewed" : "dismissed");
  }

  private String render(KeyThumbprint admin) {
    Map<String, String> groupNames = new HashMap<>();
    List<Escalation> reports =
        queue.escalated(admin).stream().map(r -> view(r, groupNames)).toList();
    models.put("reports", reports);
    return VIEW;
  }

  private Escalation view(ReportView r, Map<String, String> groupNames) {
    return new Escalation(
        r.id(),
        groupNames.computeIfAbsent(r.groupId(), this::groupName),
        r.reason(),
        r.note(),
        ReportedText.of(r.content()).orElse(null),
        r.verification(),
        Fingerprint.of(new KeyThumbprint(r.accused())).value(),
        minute(r.createdAt()),
        minute(r.expiresAt()));
  }

  private String groupName(String groupId) {
    try {
      return groups.get(GroupId.parse(groupId)).name();
    } catch (ApiException | IllegalArgumentException e) {
      return groupId;
    }
  }

  private static String minute(long epochSeconds) {
    return Instant.ofEpochSecond(epochSeconds).truncatedTo(ChronoUnit.MINUTES).toString();
  }
}
