package org.hearth.server.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.protocol.delivery.Invite;
import org.hearth.server.api.ApiException;
import org.hearth.server.delivery.JoinService;
import org.hearth.server.groups.CreateGroupRequest;
import org.hearth.server.groups.GroupDescriptor;
import org.hearth.server.groups.GroupId;
import org.hearth.server.groups.GroupService;
import org.hearth.server.web.Pages;

/** The console's groups: create, list, listing on or off, invite codes and facilitators. */
@Controller
@Path("admin/groups")
@RequestScoped
public class GroupsAdminController {
  private static final String VIEW = "admin/groups.html";

  @Inject Models models;
  @Inject ConsoleSession session;
  @Inject GroupService groups;
  @Inject JoinService joins;
  @Inject Validator validator;

  @GET
  @Produces(Pages.HTML)
  public String list() {
    return page(session.requireAdmin(), GroupForm.blank(), new FormErrors("group"));
  }

  @POST
  @Produces(Pages.HTML)
  public String create(@BeanParam GroupForm form) {
    KeyThumbprint admin = session.requireAdmin();
    FormErrors errors = new FormErrors("group");
    CreateGroupRequest request = form.toRequest(errors);
    errors.violations(validator.validate(request));
    if (errors.isEmpty()) {
      try {
        GroupDescriptor created = groups.create(admin, request);
        models.put("created", created.name());
        return page(admin, GroupForm.blank(), errors);
      } catch (ApiException e) {
        errors.refused(e);
      }
    }
    return page(admin, form, errors);
  }

  @POST
  @Path("{id}/listing")
  @Produces(Pages.HTML)
  public String listing(@PathParam("id") String id, @FormParam("listed") String listed) {
    KeyThumbprint admin = session.requireAdmin();
    try {
      groups.setListed(admin, groupId(id), "true".equals(listed));
      return "redirect:/admin/groups";
    } catch (ApiException e) {
      return failed(admin, e);
    }
  }

  @POST
  @Path("{id}/invites")
  @Produces(Pages.HTML)
  public String invite(@PathParam("id") String id, @FormParam("validHours") String validHours) {
    KeyThumbprint admin = session.requireAdmin();
    FormErrors errors = new FormErrors("group");
    Integer hours = FormValues.integer(validHours, "validHours", errors);
    if (!errors.isEmpty()) {
      models.put("actionError", "admin.group.error.validHours");
      return page(admin, GroupForm.blank(), new FormErrors("group"));
    }
    try {
      GroupId group = groupId(id);
      Invite invite = joins.invite(admin, group, hours);
      models.put("invite", invite);
      models.put("inviteGroup", groups.get(group).name());
      return page(admin, GroupForm.blank(), new FormErrors("group"));
    } catch (ApiException e) {
      return failed(admin, e);
    }
  }

  @POST
  @Path("{id}/facilitators")
  @Produces(Pages.HTML)
  public String facilitator(
      @PathParam("id") String id,
      @FormParam("thumbprint") String thumbprint,
      @FormParam("action") String action) {
    KeyThumbprint admin = session.requireAdmin();
    String t = FormValues.trimmed(thumbprint);
    if (t == null || !t.matches("[A-Za-z0-9_-]{43}")) {
      models.put("actionError", "admin.group.error.thumbprint");
      return page(admin, GroupForm.blank(), new FormErrors("group"));
    }
    try {
      if ("remove".equals(action)) {
        groups.revokeFacilitator(admin, groupId(id), new KeyThumbprint(t));
      } else {
        groups.grantFacilitator(admin, groupId(id), new KeyThumbprint(t));
      }
      return "redirect:/admin/groups";
    } catch (ApiException e) {
      return failed(admin, e);
    }
  }

  private String failed(KeyThumbprint admin, ApiException e) {
    String key = new FormErrors("group").refused(e).general();
    models.put("actionError", key == null ? "admin.problem.validation" : key);
    return page(admin, GroupForm.blank(), new FormErrors("group"));
  }

  private String page(KeyThumbprint admin, GroupForm form, FormErrors errors) {
    models.put("groups", groups.all(admin));
    models.put("form", form);
    models.put("errors", errors.fields());
    models.put("formError", errors.general());
    return VIEW;
  }

  private static GroupId groupId(String id) {
    try {
      return GroupId.parse(id);
    } catch (IllegalArgumentException e) {
      throw new jakarta.ws.rs.NotFoundException();
    }
  }
}
