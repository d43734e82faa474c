package org.frontline.web.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.frontline.core.domain.customer.CustomerProfile;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.Money;
import org.frontline.web.platform.RequestParameters;

/**
 * A customer as a client sends it to create or replace one; {@code version} is required to replace
 * (the version the client last read).
 */
public record CustomerRequest(
        @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 320) String email,

        @Size(max = 40) @Pattern(regexp = "[+0-9 ()./-]*", message = "may contain only digits, spaces and + ( ) . / -")
        String phone,

        @Size(max = 35) String preferredLanguage,
        @Size(max = 60) String timeZone,
        String valueTier,
        @Valid MoneyPayload annualRevenue,
        @PositiveOrZero Long version) {

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    /** Converts to the domain profile, defaulting language to English, zone to UTC, tier to STANDARD. */
    CustomerProfile toProfile() {
        return new CustomerProfile(
                name.strip(),
                blankToNull(email),
                blankToNull(phone),
                language(),
                zone(),
                RequestParameters.enumeration("valueTier", valueTier, ValueTier.class)
                        .orElse(ValueTier.STANDARD),
                Optional.ofNullable(annualRevenue).map(this::money));
    }

    long requiredVersion() {
        return RequestParameters.requiredVersion(version);
    }

    private Locale language() {
        if (preferredLanguage == null || preferredLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        Locale locale = Locale.forLanguageTag(preferredLanguage.strip());
        if (!ISO_LANGUAGES.contains(locale.getLanguage())) {
            throw new InvalidValueException(
                    "preferredLanguage",
                    "'" + preferredLanguage + "' is not a language tag such as en, fr, de-CH or es-MX");
        }
        return locale;
    }

    private ZoneId zone() {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new InvalidValueException(
                    "timeZone", "'" + timeZone + "' is not a time zone such as Europe/Paris or UTC");
        }
    }

    private Money money(MoneyPayload payload) {
        try {
            Currency.getInstance(payload.currency());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    "annualRevenue.currency", "'" + payload.currency() + "' is not an ISO 4217 currency code");
        }
        try {
            return payload.toMoney();
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("annualRevenue.amount", e.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
