package org.hearth.server.web.admin;

import jakarta.ws.rs.FormParam;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.hearth.server.resourcelist.Cost;
import org.hearth.server.resourcelist.ManagedResource;
import org.hearth.server.resourcelist.ResourceKind;
import org.hearth.server.resourcelist.ResourceRequest;

/**
 * The console's resource list entry form, as typed: every field a string, so wrong input comes back
 * unchanged next to its message. Lists are comma-separated; dates are ISO (YYYY-MM-DD).
 */
public class ResourceForm {
  /** The text fields, in the order the form shows them. */
  public static final List<String> TEXT_FIELDS =
      List.of(
          "name",
          "description",
          "areas",
          "languages",
          "phone",
          "smsNumber",
          "smsKeyword",
          "url",
          "schedule",
          "timeZone",
          "verifiedBy",
          "verifiedAt",
          "reviewBy",
          "position");

  @FormParam("kind")
  String kind;

  @FormParam("name")
  String name;

  @FormParam("description")
  String description;

  @FormParam("areas")
  String areas;

  @FormParam("languages")
  String languages;

  @FormParam("phone")
  String phone;

  @FormParam("smsNumber")
  String smsNumber;

  @FormParam("smsKeyword")
  String smsKeyword;

  @FormParam("url")
  String url;

  @FormParam("open24x7")
  String open24x7;

  @FormParam("schedule")
  String schedule;

  @FormParam("timeZone")
  String timeZone;

  @FormParam("cost")
  String cost;

  @FormParam("verifiedBy")
  String verifiedBy;

  @FormParam("verifiedAt")
  String verifiedAt;

  @FormParam("reviewBy")
  String reviewBy;

  @FormParam("position")
  String position;

  static ResourceForm blank() {
    ResourceForm form = new ResourceForm();
    form.kind = ResourceKind.CRISIS_LINE.name();
    form.cost = Cost.FREE.name();
    form.open24x7 = "on";
    form.position = "100";
    return form;
  }

  static ResourceForm of(ManagedResource r) {
    ResourceForm form = new ResourceForm();
    form.kind = r.kind().name();
    form.name = r.name();
    form.description = r.description();
    form.areas = String.join(", ", r.areas());
    form.languages = String.join(", ", r.languages());
    form.phone = r.phone();
    form.smsNumber = r.smsNumber();
    form.smsKeyword = r.smsKeyword();
    form.url = r.url();
    form.open24x7 = r.open24x7() ? "on" : null;
    form.schedule = r.schedule();
    form.timeZone = r.timeZone();
    form.cost = r.cost() == null ? null : r.cost().name();
    form.verifiedBy = r.verifiedBy();
    form.verifiedAt =
        r.verifiedAt() == null
            ? null
            : LocalDate.ofInstant(r.verifiedAt(), ZoneOffset.UTC).toString();
    form.reviewBy = r.reviewBy() == null ? null : r.reviewBy().toString();
    form.position = String.valueOf(r.position());
    return form;
  }

  /** The request this form asks for; what does not even parse is marked in {@code errors}. */
  ResourceRequest toRequest(FormErrors errors) {
    LocalDate verifiedOn = FormValues.date(verifiedAt, "verifiedAt", errors);
    return new ResourceRequest(
        FormValues.constant(ResourceKind.class, kind, "kind", errors),
        name,
        FormValues.trimmed(description),
        upper(FormValues.list(areas, ",")),
        FormValues.list(languages, ","),
        FormValues.trimmed(phone),
        FormValues.trimmed(smsNumber),
        FormValues.trimmed(smsKeyword),
        FormValues.trimmed(url),
        "on".equals(open24x7),
        FormValues.trimmed(schedule),
        FormValues.trimmed(timeZone),
        FormValues.constant(Cost.class, cost, "cost", errors),
        FormValues.trimmed(verifiedBy),
        verifiedOn == null ? null : verifiedOn.atStartOfDay(ZoneOffset.UTC).toInstant(),
        FormValues.date(reviewBy, "reviewBy", errors),
        FormValues.integer(position, "position", errors));
  }

  private static List<String> upper(List<String> values) {
    return values == null
        ? null
        : values.stream().map(v -> v.toUpperCase(java.util.Locale.ROOT)).toList();
  }

  /** The typed value of text field {@code field}, for the template. */
  public String value(String field) {
    return switch (field) {
      case "name" -> name;
      case "description" -> description;
      case "areas" -> areas;
      case "languages" -> languages;
      case "phone" -> phone;
      case "smsNumber" -> smsNumber;
      case "smsKeyword" -> smsKeyword;
      case "url" -> url;
      case "schedule" -> schedule;
      case "timeZone" -> timeZone;
      case "verifiedBy" -> verifiedBy;
      case "verifiedAt" -> verifiedAt;
      case "reviewBy" -> reviewBy;
      case "position" -> position;
      default -> null;
    };
  }

  public String getKind() {
    return kind;
  }

  public String getCost() {
    return cost;
  }

  public boolean isOpen24x7() {
    return "on".equals(open24x7);
  }

  public List<String> getKinds() {
    return Arrays.stream(ResourceKind.values()).map(Enum::name).toList();
  }

  public List<String> getCosts() {
    return Arrays.stream(Cost.values()).map(Enum::name).toList();
  }

  public List<String> getTextFields() {
    return TEXT_FIELDS;
  }
}
