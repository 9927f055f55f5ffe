package org.hearth.server.moderation;

/** Why a member reports a message; the client shows each in the member's language. */
public enum ReportReason {
  HARASSMENT,
  HATE,
  THREAT,
  SELF_HARM,
  PRIVACY,
  SPAM,
  OTHER
}
