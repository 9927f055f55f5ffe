package org.hearth.server.delivery;

import static org.hearth.server.delivery.GroupMlsResource.groupId;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.SignedIn;

/**
 * A group's messages live, as Server-Sent Events: first everything after the member's position
 * ({@code Last-Event-ID} or {@code after}), then each new message as it is committed. Reconnecting
 * with the last id seen resumes with no gap and no duplicate.
 */
@Path("api/v1/groups/{id}/events")
@RequestScoped
@SignedIn
public class EventStreamResource {
  @Inject EventStreams streams;
  @Inject CurrentSession session;

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void follow(
      @PathParam("id") String id,
      @QueryParam("after") Long after,
      @HeaderParam("Last-Event-ID") String lastEventId,
      @Context SseEventSink sink,
      @Context Sse sse) {
    streams.open(session.key(), groupId(id), position(after, lastEventId), sink, sse);
  }

  private static long position(Long after, String lastEventId) {
    if (lastEventId != null && !lastEventId.isBlank()) {
      try {
        long seq = Long.parseLong(lastEventId.strip());
        if (seq >= 0) {
          return seq;
        }
      } catch (NumberFormatException e) {
        // answered below
      }
      throw new ApiException(
          ProblemType.BAD_REQUEST, "Last-Event-ID must be a sequence number this stream sent.");
    }
    if (after != null && after < 0) {
      throw new ApiException(ProblemType.BAD_REQUEST, "after must be 0 or more.");
    }
    return after == null ? 0 : after;
  }
}
