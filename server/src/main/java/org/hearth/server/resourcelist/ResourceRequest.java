package org.hearth.server.resourcelist;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A resource list entry as the admin writes it. An entry without description, contact, hours, cost
 * or verification is kept and shown here, but not sent to peers until it is complete.
 *
 * @param areas where it serves: {@code DE}, {@code US-CA}, or a UN M49 region such as {@code 150}
 *     ({@code 001} for everyone)
 * @param open24x7 around the clock; otherwise give {@code schedule} (OpenStreetMap opening-hours
 *     syntax, such as {@code Mo-Fr 18:00-22:00}) and {@code timeZone} (such as {@code
 *     Africa/Kampala})
 * @param verifiedAt when {@code verifiedBy} checked it; now when omitted with {@code verifiedBy}
 * @param reviewBy after this date it is shown as unverified; 180 days after verification when
 *     omitted
 * @param position where it appears in the list, lowest first
 */
public record ResourceRequest(
    @NotNull ResourceKind kind,
    @NotBlank @Size(max = 150) String name,
    @Size(max = 2000) String description,
    @NotEmpty @Size(max = 50)
        List<
                @NotNull
                @Pattern(
                    regexp = "[A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3}|[0-9]{3}",
                    message = "must be a country (DE), a subdivision (US-CA) or a region (150)")
                String>
            areas,
    @NotEmpty @Size(max = 20)
        List<
                @NotNull
                @Pattern(
                    regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}",
                    message = "must be a language tag such as en or pt-BR")
                String>
            languages,
    @Pattern(regexp = "\\+?[0-9][0-9 ]{1,19}", message = "must be digits, spaces and a leading +")
        String phone,
    @Pattern(regexp = "\\+?[0-9][0-9 ]{1,19}", message = "must be digits, spaces and a leading +")
        String smsNumber,
    @Pattern(regexp = "[A-Za-z0-9 ]{1,20}", message = "must be up to 20 letters and digits")
        String smsKeyword,
    @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "must be an https address")
        String url,
    boolean open24x7,
    @Size(max = 100) String schedule,
    @Size(max = 40) String timeZone,
    Cost cost,
    @Size(max = 150) String verifiedBy,
    Instant verifiedAt,
    LocalDate reviewBy,
    Integer position) {}
