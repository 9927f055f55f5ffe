package org.hearth.server.testing;

import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Calls to one group's part of the delivery API ({@code /api/v1/groups/<id>/…}) with one member's
 * session token, as test members make them.
 */
public record GroupCalls(HearthServer hearth, String groupId, String token) {

  public HttpResponse<String> postMls(String path, byte[] body) {
    return Http.send(
        request(path)
            .header("Content-Type", "message/mls")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  public HttpResponse<String> postJson(String path, JsonObjectBuilder body) {
    return Http.send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.build().toString()))
            .build());
  }

  public HttpResponse<String> get(String path) {
    return Http.send(request(path).GET().build());
  }

  public HttpResponse<String> delete(String path) {
    return Http.send(request(path).DELETE().build());
  }

  public HttpRequest.Builder request(String path) {
    return Members.authorized(hearth.uri("/api/v1/groups/" + groupId + "/" + path), token);
  }
}
