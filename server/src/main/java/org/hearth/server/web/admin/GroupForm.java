package org.hearth.server.web.admin;

import jakarta.ws.rs.FormParam;
import java.util.Arrays;
import java.util.List;
import org.hearth.server.groups.CreateGroupRequest;
import org.hearth.server.groups.JoinPolicy;

/**
 * The console's "new group" form, as typed: every field a string, so wrong input is shown again
 * unchanged next to its message.
 */
public class GroupForm {
  @FormParam("name")
  private String name;

  @FormParam("description")
  private String description;

  @FormParam("topics")
  private String topics;

  @FormParam("language")
  private String language;

  @FormParam("sizeCap")
  private String sizeCap;

  @FormParam("joinPolicy")
  private String joinPolicy;

  @FormParam("facilitationHours")
  private String facilitationHours;

  @FormParam("guidelines")
  private String guidelines;

  @FormParam("listed")
  private String listed;

  @FormParam("retentionDays")
  private String retentionDays;

  /** An empty form with the defaults a new group starts from. */
  static GroupForm blank() {
    GroupForm form = new GroupForm();
    form.joinPolicy = JoinPolicy.OPEN.name();
    form.listed = "on";
    form.sizeCap = "12";
    form.retentionDays = "30";
    return form;
  }

  /**
   * The request this form asks for; fields that do not even parse (a number, a join policy) are
   * marked in {@code errors} and left out.
   */
  CreateGroupRequest toRequest(FormErrors errors) {
    return new CreateGroupRequest(
        name,
        description,
        FormValues.list(topics, ","),
        FormValues.trimmed(language),
        FormValues.integer(sizeCap, "sizeCap", errors),
        FormValues.constant(JoinPolicy.class, joinPolicy, "joinPolicy", errors),
        facilitationHours,
        guidelines,
        "on".equals(listed),
        FormValues.integer(retentionDays, "retentionDays", errors),
        null);
  }

  /** The typed value of text field {@code field}, for the template. */
  public String value(String field) {
    return switch (field) {
      case "name" -> name;
      case "description" -> description;
      case "topics" -> topics;
      case "language" -> language;
      case "sizeCap" -> sizeCap;
      case "facilitationHours" -> facilitationHours;
      case "retentionDays" -> retentionDays;
      default -> null;
    };
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public String getTopics() {
    return topics;
  }

  public String getLanguage() {
    return language;
  }

  public String getSizeCap() {
    return sizeCap;
  }

  public String getJoinPolicy() {
    return joinPolicy;
  }

  public String getFacilitationHours() {
    return facilitationHours;
  }

  public String getGuidelines() {
    return guidelines;
  }

  public boolean isListed() {
    return "on".equals(listed);
  }

  public String getRetentionDays() {
    return retentionDays;
  }

  /** The join policies to choose from. */
  public List<String> getJoinPolicies() {
    return Arrays.stream(JoinPolicy.values()).map(Enum::name).toList();
  }
}
