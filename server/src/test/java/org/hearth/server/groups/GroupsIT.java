package org.hearth.server.groups;

import static org.hearth.server.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.server.testing.Admins;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.hearth.server.testing.Members;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(HearthServers.class)
class GroupsIT {

  @Test
  void anAdminCreatesAGroupThatTheDirectoryLists(@Instance HearthServer hearth) {
    String topic = "t" + UUID.randomUUID().toString().substring(0, 8);
    Ed25519KeyPair facilitator = Ed25519KeyPair.generate();
    HttpResponse<String> created =
        create(
            hearth,
            Admins.token(hearth),
            "{\"name\":\"Evening anxiety circle\",\"description\":\"A calm space after work.\","
                + "\"topics\":[\"anxiety\",\""
                + topic
                + "\"],\"language\":\"en\",\"joinPolicy\":\"APPROVAL\","
                + "\"facilitationHours\":\"Mon-Fri 18:00-21:00 EAT\","
                + "\"guidelines\":\"Be kind. What is said here stays here.\","
                + "\"facilitators\":[\""
                + facilitator.publicKey().thumbprint()
                + "\"]}");
    assertEquals(201, created.statusCode(), created.body());
    JsonObject group = Http.json(created);
    assertEquals(12, group.getInt("sizeCap"), "the instance default");
    assertEquals(1, group.getInt("guidelinesVersion"));
    assertEquals(30, group.getInt("retentionDays"));
    assertEquals(
        facilitator.publicKey().thumbprint().value(),
        group.getJsonArray("facilitators").getString(0));

    JsonObject fetched = Http.json(Http.get(hearth.uri("/api/v1/groups/" + group.getString("id"))));
    assertEquals("Evening anxiety circle", fetched.getString("name"));

    String directory = Http.get(hearth.uri("/api/v1/groups?topic=" + topic)).body();
    assertTrue(directory.contains(group.getString("id")), directory);
    assertFalse(
        Http.get(hearth.uri("/api/v1/groups?topic=" + topic + "&language=sw"))
            .body()
            .contains(group.getString("id")));
  }

  @Test
  void theDirectoryAndGroupPagesShowTheDescriptor(@Instance HearthServer hearth) {
    HttpResponse<String> created =
        create(
            hearth,
            Admins.token(hearth),
            "{\"name\":\"Grief & loss <circle>\",\"description\":\"For those who lost someone.\","
                + "\"topics\":[\"grief\"],\"language\":\"en\",\"joinPolicy\":\"OPEN\","
                + "\"guidelines\":\"Listen first.\\nNo advice unless asked.\"}");
    assertEquals(201, created.statusCode(), created.body());
    String id = Http.json(created).getString("id");

    String directory = Http.get(hearth.uri("/groups?topic=grief")).body();
    assertTrue(directory.contains("href=\"/groups/" + id + "\""), directory);
    assertTrue(directory.contains("Grief &amp; loss &lt;circle&gt;"), "names are escaped");
    assertTrue(directory.contains("Anyone can join"));

    HttpResponse<String> page = Http.get(hearth.uri("/groups/" + id));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Group guidelines (version 1)"));
    assertTrue(page.body().contains("No advice unless asked."));
    assertFalse(page.body().contains("??"));
    assertEquals(404, Http.get(hearth.uri("/groups/" + UUID.randomUUID())).statusCode());
    assertEquals(404, Http.get(hearth.uri("/groups/nonsense")).statusCode());
  }

  @Test
  void anUnlistedGroupIsReachableByLinkOnly(@Instance HearthServer hearth) {
    HttpResponse<String> created =
        create(
            hearth,
            Admins.token(hearth),
            "{\"name\":\"Quiet group\",\"description\":\"By invitation.\",\"language\":\"sw\","
                + "\"joinPolicy\":\"INVITE_ONLY\",\"guidelines\":\"Respect.\",\"listed\":false}");
    assertEquals(201, created.statusCode(), created.body());
    String id = Http.json(created).getString("id");
    assertEquals(200, Http.get(hearth.uri("/api/v1/groups/" + id)).statusCode());
    assertFalse(Http.get(hearth.uri("/api/v1/groups")).body().contains(id));
  }

  @Test
  void membersCannotCreateGroupsByDefault(@Instance HearthServer hearth) {
    String member = Members.signIn(hearth, Ed25519KeyPair.generate());
    assertProblem(
        create(
            hearth,
            member,
            "{\"name\":\"Mine\",\"description\":\"d\",\"language\":\"en\",\"joinPolicy\":\"OPEN\","
                + "\"guidelines\":\"g\"}"),
        403,
        "forbidden");
  }

  @Test
  void badDescriptorsAreRefusedFieldByField(@Instance HearthServer hearth) {
    String admin = Admins.token(hearth);
    JsonObject problem =
        assertProblem(
            create(
                hearth,
                admin,
                "{\"name\":\"\",\"description\":\"d\",\"language\":\"English\","
                    + "\"joinPolicy\":\"OPEN\",\"guidelines\":\"g\",\"topics\":[\"Bad Topic\"],"
                    + "\"retentionDays\":0}"),
            422,
            "validation");
    String fields = problem.getJsonArray("errors").toString();
    assertTrue(fields.contains("\"name\""), fields);
    assertTrue(fields.contains("\"language\""), fields);
    assertTrue(fields.contains("topics"), fields);
    assertTrue(fields.contains("\"retentionDays\""), fields);
    assertProblem(
        create(
            hearth,
            admin,
            "{\"name\":\"Big\",\"description\":\"d\",\"language\":\"en\",\"joinPolicy\":\"OPEN\","
                + "\"guidelines\":\"g\",\"sizeCap\":500}"),
        422,
        "validation");
    assertProblem(
        create(
            hearth,
            admin,
            "{\"name\":\"x\",\"description\":\"d\",\"language\":\"en\",\"joinPolicy\":\"SOMETIMES\","
                + "\"guidelines\":\"g\"}"),
        400,
        "malformed-body");
    assertProblem(Http.get(hearth.uri("/api/v1/groups/not-a-uuid")), 404, "not-found");
  }

  private static HttpResponse<String> create(HearthServer hearth, String token, String json) {
    return Http.send(
        Members.authorized(hearth.uri("/api/v1/groups"), token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }
}
