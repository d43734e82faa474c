package org.frontline.web.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.scorecard.Criterion;
import org.frontline.qualityaudit.scorecard.CriterionKey;
import org.frontline.qualityaudit.scorecard.Criticality;
import org.frontline.qualityaudit.scorecard.Rating;
import org.frontline.qualityaudit.scorecard.Scale;
import org.frontline.qualityaudit.scorecard.Scorecard;
import org.frontline.qualityaudit.scorecard.Section;
import org.frontline.web.platform.RequestParameters;

/** A scorecard (name, version, pass mark, sections) and a review form's answers, to score without storing anything. */
public record ScorePreviewRequest(
        @NotNull String name,
        Integer version,
        Double passMark,
        @NotNull List<@Valid SectionPayload> sections,
        @NotNull List<@Valid RatingPayload> answers) {

    Scorecard scorecard() {
        return new Scorecard(
                name,
                Optional.ofNullable(version).orElse(1),
                Optional.ofNullable(passMark).orElse(80.0),
                sections.stream()
                        .map(s -> new Section(
                                s.name(),
                                s.weight(),
                                s.criteria().stream()
                                        .map(ScorePreviewRequest::criterion)
                                        .toList()))
                        .toList());
    }

    private static Criterion criterion(CriterionPayload c) {
        return new Criterion(
                c.name(),
                c.weight(),
                RequestParameters.enumeration("scale", c.scale(), Scale.class).orElse(Scale.YES_NO),
                RequestParameters.enumeration("critical", c.critical(), Criticality.class)
                        .orElse(Criticality.NONE),
                Boolean.TRUE.equals(c.bonus()));
    }

    Map<CriterionKey, Rating> ratings() {
        Map<CriterionKey, Rating> ratings = new HashMap<>();
        for (RatingPayload answer : answers) {
            CriterionKey key = new CriterionKey(
                    answer.section().strip(), answer.criterion().strip());
            boolean na = Boolean.TRUE.equals(answer.na());
            if (na == (answer.value() != null)) {
                throw new InvalidValueException("answers", key + ": give a value or na: true, not both or neither");
            }
            if (ratings.put(key, na ? Rating.notApplicable() : Rating.of(answer.value())) != null) {
                throw new InvalidValueException("answers", key + " is answered twice");
            }
        }
        return ratings;
    }
}
