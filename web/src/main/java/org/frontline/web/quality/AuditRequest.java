package org.frontline.web.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.audit.AuditPlan;
import org.frontline.qualityaudit.sampling.Confidence;

/**
 * An audit to start: its name, scorecard (latest version unless one is named), population, sample design, seed
 * (random when not given; always kept), the analysts (agent ids until logins exist) and whether they keep off their
 * own team's contacts.
 */
public record AuditRequest(
        String name,
        String scorecardName,
        Integer scorecardVersion,
        @NotNull @Valid PopulationPayload population,
        @NotNull @Valid DesignPayload design,
        Long seed,
        List<Long> analystIds,
        Boolean separateTeams) {

    AuditPlan toPlan() {
        if (scorecardName == null || scorecardName.isBlank()) {
            throw new InvalidValueException("scorecardName", "name the scorecard the audit reviews against");
        }
        if (analystIds == null || analystIds.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("analystIds", "list the analysts (agent ids) who do the reviews");
        }
        Confidence confidence =
                new Confidence(Optional.ofNullable(design.confidence()).orElse(0.95));
        return new AuditPlan(
                name,
                scorecardName,
                Optional.ofNullable(scorecardVersion),
                population.toPopulation(),
                design.toDesign(confidence),
                confidence,
                seed == null ? OptionalLong.empty() : OptionalLong.of(seed),
                analystIds,
                Boolean.TRUE.equals(separateTeams));
    }
}
