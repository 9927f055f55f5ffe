package org.hearth.server.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.List;
import org.hearth.server.federation.FederationSettings;
import org.hearth.server.platform.HearthSettings;
import org.hearth.server.web.Pages;

/**
 * The console's settings page. Registration policy, instance settings, theme and branding are
 * deployment choices (Liberty variables read at start-up, so every node agrees), so the page shows
 * each one read-only with the environment variable that changes it.
 */
@Controller
@Path("admin/settings")
@RequestScoped
public class SettingsController {
  @Inject Models models;
  @Inject ConsoleSession session;
  @Inject HearthSettings settings;
  @Inject FederationSettings federation;

  /** One setting: its bundle key, its value now and the variable that sets it. */
  public record Setting(String key, String value, String variable) {}

  @GET
  @Produces(Pages.HTML)
  public String page() {
    session.requireAdmin();
    models.put(
        "registration",
        List.of(
            new Setting(
                "admin.settings.memberCreate",
                String.valueOf(settings.membersMayCreateGroups()),
                "HEARTH_GROUPS_MEMBER_CREATE"),
            new Setting(
                "admin.settings.sizeDefault",
                String.valueOf(settings.defaultGroupSize()),
                "HEARTH_GROUP_SIZE_DEFAULT"),
            new Setting(
                "admin.settings.sizeMax",
                String.valueOf(settings.maxGroupSize()),
                "HEARTH_GROUP_SIZE_MAX"),
            new Setting(
                "admin.settings.joinsPerHour",
                String.valueOf(settings.joinsPerHour()),
                "HEARTH_GROUP_JOINS_PER_HOUR")));
    models.put(
        "instance",
        List.of(
            new Setting("admin.settings.name", settings.instanceName(), "HEARTH_INSTANCE_NAME"),
            new Setting(
                "admin.settings.description",
                settings.instanceDescription(),
                "HEARTH_INSTANCE_DESCRIPTION"),
            new Setting(
                "admin.settings.operator", federation.operator(), "HEARTH_INSTANCE_OPERATOR"),
            new Setting("admin.settings.baseUrl", settings.baseUrl().toString(), "HEARTH_BASE_URL"),
            new Setting("admin.settings.theme", settings.theme(), "HEARTH_THEME"),
            new Setting(
                "admin.settings.messageMax",
                String.valueOf(settings.maxMessageBytes()),
                "HEARTH_MESSAGE_MAX_BYTES")));
    models.put("themes", HearthSettings.THEMES.stream().sorted().toList());
    return "admin/settings.html";
  }
}
