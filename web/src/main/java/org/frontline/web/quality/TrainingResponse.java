package org.frontline.web.quality;

import org.frontline.qualityaudit.coaching.Raise;
import org.frontline.qualityaudit.coaching.TrainingRecord;

/** A training record: the course, result, what it raises, and whether a team lead confirmed it. */
public record TrainingResponse(
        long id,
        long version,
        long agentId,
        String course,
        String completedOn,
        String result,
        String raisesSkill,
        String raisesChannel,
        Integer raisesTo,
        String state,
        Long confirmedBy,
        String confirmedAt) {

    static TrainingResponse from(TrainingRecord t) {
        Raise raise = t.raise().orElse(null);
        return new TrainingResponse(
                t.id(),
                t.version(),
                t.agentId(),
                t.course(),
                t.completedOn().toString(),
                t.result().name(),
                raise == null ? null : raise.skill().orElse(null),
                raise == null ? null : raise.channel().map(Enum::name).orElse(null),
                raise == null ? null : raise.level(),
                t.state().name(),
                t.confirmedBy().orElse(null),
                t.confirmedAt().map(Object::toString).orElse(null));
    }
}
