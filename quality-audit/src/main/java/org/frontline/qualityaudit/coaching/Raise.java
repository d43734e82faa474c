package org.frontline.qualityaudit.coaching;

import java.util.Optional;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidValueException;

/** What passing a course lifts an agent to: a skill's or a channel's proficiency (1 to 5), one of the two. */
public record Raise(Optional<String> skill, Optional<Channel> channel, int level) {

    public Raise {
        if (skill.isPresent() == channel.isPresent()) {
            throw new InvalidValueException("raises", "a course raises either a skill or a channel, one of them");
        }
        if (skill.isPresent() && skill.get().isBlank()) {
            throw new InvalidValueException("raises", "name the skill the course raises");
        }
        if (level < 1 || level > 5) {
            throw new InvalidValueException("raises", "a proficiency runs from 1 to 5, got " + level);
        }
    }
}
