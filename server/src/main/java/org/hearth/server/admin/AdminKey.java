package org.hearth.server.admin;

import java.time.LocalDate;

/** An admin key as the console and API show it. */
public record AdminKey(
    String thumbprint, String fingerprint, LocalDate addedOn, LocalDate revokedOn) {}
