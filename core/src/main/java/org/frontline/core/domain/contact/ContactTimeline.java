package org.frontline.core.domain.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * When a contact arrived, was offered to an agent, answered, first responded to and ended, plus the handling times
 * the switch or chat system reports. Checked as a whole: nothing happens before the contact arrives or after it ends,
 * an abandoned contact was never answered, and no duration is negative.
 *
 * @param abandoned the customer gave up before an agent answered
 */
public record ContactTimeline(
        Instant arrivedAt,
        Optional<Instant> offeredAt,
        Optional<Instant> answeredAt,
        Optional<Instant> firstResponseAt,
        Optional<Instant> endedAt,
        Duration talk,
        Duration hold,
        Duration wrapUp,
        boolean abandoned) {

    public ContactTimeline {
        Objects.requireNonNull(arrivedAt, "arrivedAt");
        Objects.requireNonNull(offeredAt, "offeredAt");
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(firstResponseAt, "firstResponseAt");
        Objects.requireNonNull(endedAt, "endedAt");
        notBefore("offeredAt", offeredAt, "arrivedAt", arrivedAt);
        notBefore("answeredAt", answeredAt, "arrivedAt", arrivedAt);
        offeredAt.ifPresent(offered -> notBefore("answeredAt", answeredAt, "offeredAt", offered));
        notBefore("firstResponseAt", firstResponseAt, "arrivedAt", arrivedAt);
        notBefore("endedAt", endedAt, "arrivedAt", arrivedAt);
        answeredAt.ifPresent(answered -> notBefore("endedAt", endedAt, "answeredAt", answered));
        talk = nonNegative("talkSeconds", talk);
        hold = nonNegative("holdSeconds", hold);
        wrapUp = nonNegative("wrapUpSeconds", wrapUp);
        if (abandoned && answeredAt.isPresent()) {
            throw new InvalidValueException("abandoned", "an abandoned contact cannot have been answered");
        }
        if (abandoned && endedAt.isEmpty()) {
            throw new InvalidValueException("endedAt", "an abandoned contact has ended: say when the customer gave up");
        }
    }

    /** How long the customer waited: until answered, or until they gave up; empty while still waiting. */
    public Optional<Duration> waitTime() {
        return answeredAt.or(() -> abandoned ? endedAt : Optional.empty()).map(end -> Duration.between(arrivedAt, end));
    }

    /** Average handle time's numerator for this contact: talk + hold + wrap-up. */
    public Duration handleTime() {
        return talk.plus(hold).plus(wrapUp);
    }

    private static void notBefore(String field, Optional<Instant> later, String earlierField, Instant earlier) {
        later.ifPresent(at -> {
            if (at.isBefore(earlier)) {
                throw new InvalidValueException(
                        field, "cannot be before " + earlierField + " (" + at + " is before " + earlier + ")");
            }
        });
    }

    private static Duration nonNegative(String field, Duration duration) {
        Duration value = duration == null ? Duration.ZERO : duration;
        if (value.isNegative()) {
            throw new InvalidValueException(field, "must not be negative, got " + value.toSeconds());
        }
        return value;
    }
}
