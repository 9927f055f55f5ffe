package org.hearth.server.groups;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new group's descriptor. Omitted optional fields take the instance defaults (size cap 12,
 * listed, 30 days of message retention).
 *
 * @param facilitators thumbprints of the facilitators' keys; only an admin may name them, and
 *     without them the creating key facilitates
 */
public record CreateGroupRequest(
    @NotBlank @Size(max = 80) String name,
    @NotBlank @Size(max = 1000) String description,
    @Size(max = 8)
        List<
                @NotNull
                @Pattern(
                    regexp = "[a-z0-9][a-z0-9-]{0,31}",
                    message = "must be lower-case letters, digits and hyphens, at most 32")
                String>
            topics,
    @NotBlank
        @Pattern(
            regexp = "[a-z]{2,3}(-[A-Z]{2})?",
            message = "must be a language code such as en, sw or pt-BR")
        String language,
    @Min(2) Integer sizeCap,
    @NotNull JoinPolicy joinPolicy,
    @Size(max = 200) String facilitationHours,
    @NotBlank @Size(max = 8000) String guidelines,
    Boolean listed,
    @Min(1) @Max(365) Integer retentionDays,
    @Size(max = 4)
        List<
                @NotNull
                @Pattern(
                    regexp = "[A-Za-z0-9_-]{43}",
                    message = "must be a key thumbprint (43 characters)")
                String>
            facilitators) {}
