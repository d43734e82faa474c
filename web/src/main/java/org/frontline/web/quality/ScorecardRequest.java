package org.frontline.web.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.frontline.qualityaudit.scorecard.Criterion;
import org.frontline.qualityaudit.scorecard.Criticality;
import org.frontline.qualityaudit.scorecard.Scale;
import org.frontline.qualityaudit.scorecard.Scorecard;
import org.frontline.qualityaudit.scorecard.Section;
import org.frontline.web.platform.RequestParameters;

/** A scorecard's definition: name, pass mark (80 by default) and sections with their criteria. */
public record ScorecardRequest(
        @NotNull @Size(min = 1, max = 100) String name,
        Double passMark,
        @NotNull List<@Valid SectionPayload> sections) {

    Scorecard toScorecard(int version) {
        return new Scorecard(
                name,
                version,
                Optional.ofNullable(passMark).orElse(80.0),
                sections.stream()
                        .map(s -> new Section(
                                s.name(),
                                s.weight(),
                                s.criteria().stream()
                                        .map(ScorecardRequest::criterion)
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
}
