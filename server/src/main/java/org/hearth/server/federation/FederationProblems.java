package org.hearth.server.federation;

import org.hearth.federation.FederationException;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;

/** Maps the protocol's refusals onto the API's stable problem types. Stateless. */
final class FederationProblems {
  private FederationProblems() {}

  static ProblemType type(FederationException.Reason reason) {
    return switch (reason) {
      case MALFORMED -> ProblemType.MALFORMED_DOCUMENT;
      case TOO_LARGE -> ProblemType.DOCUMENT_TOO_LARGE;
      case UNSUPPORTED -> ProblemType.UNSUPPORTED_DOCUMENT;
      case BAD_SIGNATURE -> ProblemType.BAD_SIGNATURE;
      case WRONG_KEY -> ProblemType.WRONG_KEY;
      case WRONG_ORIGIN -> ProblemType.WRONG_ORIGIN;
      case WRONG_AUDIENCE -> ProblemType.WRONG_AUDIENCE;
      case STALE -> ProblemType.STALE;
      case REPLAYED -> ProblemType.REPLAYED;
      case NOT_A_PEER -> ProblemType.NOT_A_PEER;
      case UNANNOUNCED_KEY_CHANGE -> ProblemType.UNANNOUNCED_KEY_CHANGE;
    };
  }

  /** The refusal as an API error; the detail says what was refused, never the input. */
  static ApiException of(FederationException e) {
    return new ApiException(type(e.reason()), "Refused: " + e.getMessage() + ".");
  }
}
