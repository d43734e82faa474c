package org.frontline.web.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.frontline.core.domain.contact.ContactDetails;
import org.frontline.core.domain.contact.ContactTimeline;
import org.frontline.core.domain.contact.Direction;
import org.frontline.core.domain.shared.Channel;
import org.frontline.web.platform.RequestParameters;

/**
 * A contact as the switch, chat or mail system reports it. Timestamps are ISO-8601 instants; durations are whole
 * seconds; direction defaults to INBOUND. {@code version} is required to update.
 */
public record ContactRequest(
        @NotBlank String channel,
        String direction,
        Long customerId,
        Long agentId,
        Long caseId,
        Long teamId,
        @NotNull Instant arrivedAt,
        Instant offeredAt,
        Instant answeredAt,
        Instant firstResponseAt,
        Instant endedAt,
        Long talkSeconds,
        Long holdSeconds,
        Long wrapUpSeconds,
        boolean abandoned,
        boolean transferred,
        boolean escalated,
        String reasonCode,
        String disposition,
        String notes,
        @PositiveOrZero Long version) {

    ContactDetails toDetails() {
        return new ContactDetails(
                RequestParameters.enumeration("channel", channel, Channel.class).orElseThrow(),
                RequestParameters.enumeration("direction", direction, Direction.class)
                        .orElse(Direction.INBOUND),
                Optional.ofNullable(customerId),
                Optional.ofNullable(agentId),
                Optional.ofNullable(caseId),
                Optional.ofNullable(teamId),
                reasonCode,
                disposition,
                transferred,
                escalated,
                notes);
    }

    ContactTimeline toTimeline() {
        return new ContactTimeline(
                arrivedAt,
                Optional.ofNullable(offeredAt),
                Optional.ofNullable(answeredAt),
                Optional.ofNullable(firstResponseAt),
                Optional.ofNullable(endedAt),
                seconds(talkSeconds),
                seconds(holdSeconds),
                seconds(wrapUpSeconds),
                abandoned);
    }

    long requiredVersion() {
        return RequestParameters.requiredVersion(version);
    }

    private static Duration seconds(Long value) {
        return value == null ? Duration.ZERO : Duration.ofSeconds(value);
    }
}
