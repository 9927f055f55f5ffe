package org.hearth.client.cli;

import java.util.Map;
import java.util.Optional;
import org.hearth.client.api.HearthApiException;

/**
 * What a person can do about a delivery-API problem, said below the server's own detail. Problems
 * whose detail says it all (not-found, validation, forbidden) get no hint.
 *
 * <p>Stateless and thread-safe.
 */
final class ProblemHints {
  private static final Map<String, String> HINTS =
      Map.of(
          "stale-epoch",
          "The group kept changing while this ran; run the command again.",
          "group-full",
          "The group has reached its size cap; a facilitator can remove someone first.",
          "group-info-mismatch",
          "The instance did not accept the group state this client computed; run 'hearth read'"
              + " and try again.",
          "not-started",
          "A facilitator starts the conversation with: hearth group start URL ID --name NAME",
          "body-too-large",
          "Make the message shorter.",
          "malformed-mls",
          "This client and the instance disagree about MLS; please report it.",
          "conflict",
          "Nothing was changed.");

  private ProblemHints() {}

  static Optional<String> hint(HearthApiException problem) {
    if (problem.is("too-many-requests")) {
      return Optional.of(
          problem.retryAfterSeconds().isPresent()
              ? "Try again in " + problem.retryAfterSeconds().getAsLong() + " seconds."
              : "Try again later.");
    }
    if (!problem.type().startsWith(HearthApiException.TYPE_PREFIX)) {
      return Optional.empty();
    }
    return Optional.ofNullable(HINTS.get(problem.slug()));
  }
}
