package org.hearth.server.delivery;

import static org.hearth.server.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.hearth.crypto.mls.KeyPackageBundle;
import org.hearth.server.testing.Admins;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.hearth.server.testing.Members;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What Hearth holds about one key (privacy): an admin's export shows exactly the rows that name it,
 * and the key's owner erases them — membership rows, KeyPackages, their own messages' content —
 * leaving everyone else's data as it was. Lives here for the delivery test members.
 */
@ExtendWith(HearthServers.class)
class KeyDataIT {

  @Test
  void anAdminExportsExactlyWhatNamesAKeyAndItsOwnerErasesIt(@Instance HearthServer hearth) {
    DeliveryIT.Group group = DeliveryIT.Group.create(hearth, "APPROVAL", 12);
    GroupMember amina = group.add();
    GroupMember bakari = group.add();
    assertEquals(204, amina.delete("welcome").statusCode(), "welcomed, as a client says");
    assertEquals(204, bakari.delete("welcome").statusCode());
    amina.catchUp();
    HttpResponse<String> uploaded =
        upload(hearth, amina.token, KeyPackageBundle.create(amina.key, Duration.ofDays(7)));
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    assertEquals(201, amina.send("from amina").statusCode());
    long bakariSeq = Http.json(bakari.send("from bakari")).getJsonNumber("seq").longValue();

    JsonObject before = exported(hearth, amina.thumbprint());
    assertEquals(amina.thumbprint(), before.getString("thumbprint"));
    assertTrue(before.getJsonArray("searched").size() >= 5, before.toString());
    assertFalse(before.getJsonArray("neverStored").isEmpty());
    Map<String, Integer> held = rowsByTable(before);
    assertEquals(
        Map.of("group_member", 1, "key_package", 1, "group_message", 1),
        held,
        "exactly her membership, her waiting KeyPackage and her one message: " + before);
    JsonObject message = rows(before, "group_message").getJsonObject(0);
    assertEquals("APPLICATION", message.getString("kind"));
    assertEquals(amina.thumbprint(), message.getString("author"));
    assertNotNull(message.getString("data"), "the ciphertext is shown as it is stored");
    assertEquals(
        0, message.getJsonNumber("sent_at").longValue() % 60, "sending time is kept to the minute");
    JsonObject membership = rows(before, "group_member").getJsonObject(0);
    assertEquals(group.id(), membership.getString("group_id"));

    assertProblem(export(hearth, bakari.token, "nope"), 403, "forbidden");
    assertProblem(export(hearth, Admins.token(hearth), "nope"), 422, "validation");
    HttpResponse<String> own = mine(hearth, amina.token, "GET");
    assertEquals(200, own.statusCode());
    assertEquals(held, rowsByTable(Http.json(own)), "a member sees what an admin would export");

    HttpResponse<String> erased = mine(hearth, amina.token, "DELETE");
    assertEquals(200, erased.statusCode(), erased.body());
    JsonObject counts = Http.json(erased).getJsonObject("erased");
    assertEquals(1, counts.getInt("group_member"));
    assertEquals(1, counts.getInt("key_package"));
    assertEquals(1, counts.getInt("group_message"));
    assertEquals(401, mine(hearth, amina.token, "GET").statusCode(), "the session ended");

    JsonObject after = exported(hearth, amina.thumbprint());
    assertEquals(Map.of(), rowsByTable(after), "nothing names her key any more: " + after);
    assertEquals(
        Map.of("group_member", 1, "group_message", 1),
        rowsByTable(exported(hearth, bakari.thumbprint())),
        "the other member's data stays");
    JsonObject page = Http.json(bakari.get("messages?after=0"));
    int deleted = 0;
    for (JsonValue m : page.getJsonArray("messages")) {
      JsonObject entry = m.asJsonObject();
      if (entry.getJsonNumber("seq").longValue() == bakariSeq) {
        assertFalse(entry.getBoolean("deleted"));
      } else if (entry.getString("kind").equals("application")) {
        assertTrue(entry.getBoolean("deleted"), "her message lost its content: " + entry);
        deleted++;
      }
    }
    assertEquals(1, deleted);
  }

  private static HttpResponse<String> export(HearthServer hearth, String token, String key) {
    return Http.send(
        Members.authorized(hearth.uri("/api/v1/admin/key-data/" + key), token).GET().build());
  }

  private static JsonObject exported(HearthServer hearth, String key) {
    HttpResponse<String> response = export(hearth, Admins.token(hearth), key);
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }

  private static HttpResponse<String> mine(HearthServer hearth, String token, String method) {
    return Http.send(
        Members.authorized(hearth.uri("/api/v1/me/data"), token)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build());
  }

  private static HttpResponse<String> upload(
      HearthServer hearth, String token, KeyPackageBundle bundle) {
    return Http.send(
        Members.authorized(hearth.uri("/api/v1/key-packages"), token)
            .header("Content-Type", "message/mls")
            .POST(HttpRequest.BodyPublishers.ofByteArray(bundle.keyPackage()))
            .build());
  }

  private static jakarta.json.JsonArray rows(JsonObject export, String table) {
    for (JsonValue entry : export.getJsonArray("records")) {
      if (entry.asJsonObject().getString("table").equals(table)) {
        return entry.asJsonObject().getJsonArray("rows");
      }
    }
    throw new AssertionError(table + " not in " + export);
  }

  private static Map<String, Integer> rowsByTable(JsonObject export) {
    Map<String, Integer> counts = new TreeMap<>();
    for (JsonValue entry : export.getJsonArray("records")) {
      JsonObject records = entry.asJsonObject();
      counts.put(records.getString("table"), records.getJsonArray("rows").size());
    }
    return counts;
  }
}
