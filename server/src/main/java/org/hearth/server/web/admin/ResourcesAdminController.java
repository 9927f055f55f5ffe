package org.hearth.server.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.resourcelist.ResourceEditService;
import org.hearth.server.resourcelist.ResourceListService;
import org.hearth.server.resourcelist.ResourceRequest;
import org.hearth.server.web.Pages;

/**
 * The console's resource list: every entry with whether it is verified (past its review-by date it
 * is not), and a form with every field to create, edit or delete one.
 */
@Controller
@Path("admin/resources")
@RequestScoped
public class ResourcesAdminController {
  @Inject Models models;
  @Inject ConsoleSession session;
  @Inject ResourceListService list;
  @Inject ResourceEditService edits;
  @Inject Validator validator;

  @GET
  @Produces(Pages.HTML)
  public String all() {
    session.requireAdmin();
    models.put("resources", list.managed());
    return "admin/resources.html";
  }

  @GET
  @Path("new")
  @Produces(Pages.HTML)
  public String blank() {
    session.requireAdmin();
    return form(null, ResourceForm.blank(), new FormErrors("resource"));
  }

  @POST
  @Produces(Pages.HTML)
  public String create(@BeanParam ResourceForm form) {
    session.requireAdmin();
    return save(null, form);
  }

  @GET
  @Path("{id}")
  @Produces(Pages.HTML)
  public String edit(@PathParam("id") String id) {
    session.requireAdmin();
    return form(id, ResourceForm.of(find(id)), new FormErrors("resource"));
  }

  @POST
  @Path("{id}")
  @Produces(Pages.HTML)
  public String update(@PathParam("id") String id, @BeanParam ResourceForm form) {
    session.requireAdmin();
    find(id);
    return save(id, form);
  }

  @POST
  @Path("{id}/delete")
  @Produces(Pages.HTML)
  public String delete(@PathParam("id") String id) {
    session.requireAdmin();
    try {
      edits.delete(id);
    } catch (ApiException e) {
      throw new NotFoundException();
    }
    return "redirect:/admin/resources";
  }

  private String save(String id, ResourceForm form) {
    FormErrors errors = new FormErrors("resource");
    ResourceRequest request = form.toRequest(errors);
    errors.violations(validator.validate(request));
    if (errors.isEmpty()) {
      try {
        if (id == null) {
          edits.create(request);
        } else {
          edits.replace(id, request);
        }
        return "redirect:/admin/resources";
      } catch (ApiException e) {
        errors.refused(e);
      }
    }
    return form(id, form, errors);
  }

  private String form(String id, ResourceForm form, FormErrors errors) {
    models.put("id", id);
    models.put("form", form);
    models.put("errors", errors.fields());
    models.put("formError", errors.general());
    return "admin/resource.html";
  }

  private org.hearth.server.resourcelist.ManagedResource find(String id) {
    if (id == null || id.length() > 64) {
      throw new NotFoundException();
    }
    try {
      return edits.get(id);
    } catch (ApiException e) {
      if (e.type() == ProblemType.NOT_FOUND) {
        throw new NotFoundException();
      }
      throw e;
    }
  }
}
