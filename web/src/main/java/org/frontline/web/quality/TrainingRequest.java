package org.frontline.web.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.coaching.Raise;
import org.frontline.qualityaudit.coaching.TrainingResult;
import org.frontline.web.platform.RequestParameters;

/**
 * A course an agent completed: the agent, the course, the date (ISO, e.g. 2026-11-30), PASSED or FAILED, and what
 * it raises on passing: {"skill": "billing", "level": 4} or {"channel": "CHAT", "level": 3}.
 */
public record TrainingRequest(
        @NotNull Long agentId,
        String course,
        String completedOn,
        String result,
        @Valid RaisePayload raises) {

    /** A skill or a channel and the level the course lifts it to. */
    public record RaisePayload(String skill, String channel, Integer level) {
        Raise toRaise() {
            if (level == null) {
                throw new InvalidValueException("raises", "give the level (1 to 5) the course raises to");
            }
            return new Raise(
                    RequestParameters.text(skill),
                    RequestParameters.enumeration("raises.channel", channel, Channel.class),
                    level);
        }
    }

    LocalDate date() {
        return RequestParameters.date("completedOn", completedOn).orElse(null);
    }

    TrainingResult resultOrNull() {
        return RequestParameters.enumeration("result", result, TrainingResult.class)
                .orElse(null);
    }

    Optional<Raise> raise() {
        return Optional.ofNullable(raises).map(RaisePayload::toRaise);
    }
}
