package org.hearth.server.api;

import jakarta.ws.rs.core.Response;

/** The stable problem types of Hearth's API. Their URIs never change once published. */
public enum ProblemType {
  BAD_REQUEST(400, "bad-request", "The request is not well-formed"),
  MALFORMED_BODY(400, "malformed-body", "The request body is not valid JSON of the expected shape"),
  UNAUTHORIZED(401, "unauthorized", "Sign-in is required"),
  FORBIDDEN(403, "forbidden", "This is not allowed"),
  NOT_FOUND(404, "not-found", "There is nothing at this address"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "This address does not accept that method"),
  NOT_ACCEPTABLE(406, "not-acceptable", "No representation matches the Accept header"),
  MALFORMED_MLS(400, "malformed-mls", "The MLS message is not well-formed"),
  NOT_STARTED(404, "not-started", "The group's conversation has not been started yet"),
  CONFLICT(409, "conflict", "The request conflicts with the current state"),
  STALE_EPOCH(409, "stale-epoch", "The group has moved on to a newer epoch"),
  GROUP_FULL(409, "group-full", "The group is full"),
  GONE(410, "gone", "This is no longer available"),
  BODY_TOO_LARGE(413, "body-too-large", "The request body is larger than this server accepts"),
  UNSUPPORTED_MEDIA_TYPE(
      415, "unsupported-media-type", "The request body has the wrong media type"),
  VALIDATION(422, "validation", "Some fields of the request are not valid"),
  GROUP_INFO_MISMATCH(
      422, "group-info-mismatch", "The GroupInfo does not describe the epoch the commit makes"),
  MUTED(403, "muted", "Your messages are held back for a while in this group"),
  UNVERIFIABLE_EVIDENCE(
      422, "unverifiable-evidence", "The report's evidence does not verify for that message"),
  UNKNOWN_EPOCH(
      410, "unknown-epoch", "The epoch of that message is no longer kept, so it cannot be checked"),
  DUPLICATE(409, "duplicate", "This was submitted before"),
  TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests; try again later"),
  INTERNAL(500, "internal", "Something went wrong on the server; nothing was changed"),
  UNAVAILABLE(503, "unavailable", "The server is not ready; try again shortly"),
  PEER_UNREACHABLE(502, "peer-unreachable", "The other instance could not be reached"),
  FEDERATION_OFF(
      503, "federation-off", "Federation is off: this instance's base URL must be https"),
  FINGERPRINT_MISMATCH(
      409, "fingerprint-mismatch", "The instance's fingerprint is not the one compared"),
  NOT_A_PEER(403, "not-a-peer", "Only an active peer instance may do this"),
  BAD_SIGNATURE(401, "bad-signature", "The signature does not verify"),
  WRONG_KEY(401, "wrong-key", "Signed by a key other than the one pinned for this instance"),
  WRONG_ORIGIN(422, "wrong-origin", "An entry is not signed by, or does not name, its origin"),
  WRONG_AUDIENCE(403, "wrong-audience", "The signed request is addressed to another instance"),
  STALE(401, "stale", "The signed time is outside the accepted window, or older than accepted"),
  REPLAYED(409, "replayed", "This signed request was seen before"),
  MALFORMED_DOCUMENT(400, "malformed-document", "A signed document is not well-formed"),
  UNSUPPORTED_DOCUMENT(
      400, "unsupported-document", "A document type or protocol version this instance lacks"),
  DOCUMENT_TOO_LARGE(413, "document-too-large", "A document is larger than this instance takes"),
  UNANNOUNCED_KEY_CHANGE(
      409,
      "unannounced-key-change",
      "The instance's key changed without a rotation signed by its pinned key");

  private static final String BASE = "urn:hearth:problem:";

  private final int status;
  private final String slug;
  private final String title;

  ProblemType(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String uri() {
    return BASE + slug;
  }

  public String title() {
    return title;
  }

  /** The type for a bare HTTP status, for errors the JAX-RS runtime raises itself. */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status && type.generic()) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : BAD_REQUEST;
  }

  /** Whether this type stands for its bare HTTP status (the first of each status does). */
  private boolean generic() {
    for (ProblemType type : values()) {
      if (type.status == status) {
        return type == this;
      }
    }
    return false;
  }

  /** A problem response of this type with an optional human-readable detail. */
  public Response response(String detail) {
    return Problems.response(new Problem(uri(), title, status, detail, null));
  }
}
