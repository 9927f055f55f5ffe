package org.hearth.server.delivery;

import java.util.Locale;

/** What a stored message is, as the server can tell from its public framing. */
enum MessageKind {
  COMMIT,
  PROPOSAL,
  APPLICATION;

  /** The name on the wire: {@code commit}, {@code proposal}, {@code application}. */
  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
