package org.hearth.server.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hearth.server.resourcelist.Cost;
import org.hearth.server.resourcelist.ResourceKind;
import org.hearth.server.resourcelist.ResourceRequest;
import org.junit.jupiter.api.Test;

class ResourceFormTest {
  @Test
  void typedFieldsBecomeTheRequest() {
    ResourceForm form = ResourceForm.blank();
    form.name = " Night line ";
    form.areas = "ke, US-CA ,, 150";
    form.languages = "sw,en";
    form.phone = " +254 700 ";
    form.verifiedBy = "Team";
    form.verifiedAt = "2026-01-02";
    form.reviewBy = "2026-07-01";
    FormErrors errors = new FormErrors("resource");
    ResourceRequest r = form.toRequest(errors);
    assertTrue(errors.isEmpty());
    assertEquals(ResourceKind.CRISIS_LINE, r.kind());
    assertEquals(List.of("KE", "US-CA", "150"), r.areas());
    assertEquals(List.of("sw", "en"), r.languages());
    assertEquals("+254 700", r.phone());
    assertTrue(r.open24x7());
    assertEquals(Cost.FREE, r.cost());
    assertEquals(Instant.parse("2026-01-02T00:00:00Z"), r.verifiedAt());
    assertEquals(LocalDate.of(2026, 7, 1), r.reviewBy());
    assertEquals(100, r.position());
    assertNull(r.url());
  }

  @Test
  void whatDoesNotParseIsMarkedOnItsField() {
    ResourceForm form = ResourceForm.blank();
    form.kind = "helicopter";
    form.reviewBy = "next spring";
    form.position = "first";
    form.open24x7 = null;
    FormErrors errors = new FormErrors("resource");
    ResourceRequest r = form.toRequest(errors);
    assertEquals(List.of("kind", "reviewBy", "position"), List.copyOf(errors.fields().keySet()));
    assertEquals("admin.resource.error.reviewBy", errors.fields().get("reviewBy"));
    assertFalse(r.open24x7());
    assertNull(r.kind());
    assertEquals("next spring", form.value("reviewBy"), "what was typed stays");
  }
}
