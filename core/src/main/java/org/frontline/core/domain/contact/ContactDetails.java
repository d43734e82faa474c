package org.frontline.core.domain.contact;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * What is recorded about a contact besides its timeline: channel and direction, who was involved, why the customer
 * called and how it ended.
 *
 * @param reasonCode the category of the customer's need, e.g. "billing.refund"; repetition analysis groups by it
 * @param disposition how the contact ended, e.g. "resolved", "callback", "transferred"
 */
public record ContactDetails(
        Channel channel,
        Direction direction,
        Optional<Long> customerId,
        Optional<Long> agentId,
        Optional<Long> caseId,
        Optional<Long> teamId,
        String reasonCode,
        String disposition,
        boolean transferred,
        boolean escalated,
        String notes) {
    public static final int MAX_CODE = 60;
    public static final int MAX_NOTES = 20000;

    public ContactDetails {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(teamId, "teamId");
        reasonCode = code("reasonCode", reasonCode);
        disposition = code("disposition", disposition);
        notes = notes == null ? null : notes.strip();
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new InvalidValueException("notes", "must be at most " + MAX_NOTES + " characters");
        }
    }

    private static String code(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toLowerCase(Locale.ROOT);
        if (code.length() > MAX_CODE) {
            throw new InvalidValueException(field, "must be at most " + MAX_CODE + " characters");
        }
        return code;
    }
}
