package org.hearth.server.federation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.hearth.federation.FeedKind;
import org.hearth.federation.protocol.FeedWire;
import org.hearth.federation.verify.RequestVerifier;

/**
 * This instance's two signed feeds, for active peers only: the directory of listed groups and the
 * resource list, with a strong ETag and {@code 304 Not Modified} for {@code If-None-Match}.
 */
@Path("federation/v1")
@RequestScoped
public class FeedResource {
  @Inject RequestGate gate;
  @Inject FeedPublisher publisher;
  @Context HttpServletRequest request;

  @GET
  @Path("directory")
  @Produces(FeedWire.MEDIA_TYPE)
  public Response directory(@HeaderParam("If-None-Match") String ifNoneMatch) {
    return serve(FeedKind.DIRECTORY, ifNoneMatch);
  }

  @GET
  @Path("resources")
  @Produces(FeedWire.MEDIA_TYPE)
  public Response resources(@HeaderParam("If-None-Match") String ifNoneMatch) {
    return serve(FeedKind.RESOURCES, ifNoneMatch);
  }

  private Response serve(FeedKind<?> kind, String ifNoneMatch) {
    gate.verify(request, "GET", new byte[0], RequestVerifier.ACTIVE_ONLY);
    PublishedFeeds.Published feed = publisher.current(kind);
    if (ifNoneMatch != null && matches(ifNoneMatch, feed.etag())) {
      return Response.notModified().header("ETag", feed.etag()).build();
    }
    return Response.ok(feed.wire(), FeedWire.MEDIA_TYPE).header("ETag", feed.etag()).build();
  }

  /** RFC 9110 section 13.1.2: a list of entity tags, or {@code *}. */
  private static boolean matches(String header, String etag) {
    for (String candidate : header.split(",")) {
      String t = candidate.strip();
      if (t.equals("*") || t.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
