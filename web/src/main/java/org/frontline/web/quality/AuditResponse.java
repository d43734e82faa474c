package org.frontline.web.quality;

import java.util.List;
import org.frontline.qualityaudit.audit.Audit;
import org.frontline.qualityaudit.audit.StratumDraw;
import org.frontline.qualityaudit.scorecard.StoredScorecard;

/**
 * An audit as stored: everything needed to re-derive its sample (population frozen at a contact id, design, seed,
 * strata with their sizes) and, where asked for, its scorecard's name and version and its progress (sampled and
 * reviewed).
 */
public record AuditResponse(
        long id,
        long version,
        String name,
        long scorecardId,
        String scorecardName,
        Integer scorecardVersion,
        String state,
        PopulationPayload population,
        DesignPayload design,
        long seed,
        long populationSize,
        List<StratumResponse> strata,
        boolean separateTeams,
        String createdAt,
        String completedAt,
        Integer sampled,
        Integer reviewed) {

    /** One stratum as drawn. */
    public record StratumResponse(String name, long populationSize, int sampleSize, double inclusionProbability) {
        static StratumResponse from(StratumDraw draw) {
            return new StratumResponse(
                    draw.name(), draw.populationSize(), draw.sampleSize(), draw.inclusionProbability());
        }
    }

    static AuditResponse from(Audit audit) {
        return withProgress(audit, null, null, null);
    }

    /** With the scorecard it reviews against (its name and version, as reviews are started) and its progress. */
    static AuditResponse withProgress(Audit audit, StoredScorecard scorecard, Integer sampled, Integer reviewed) {
        return new AuditResponse(
                audit.id(),
                audit.version(),
                audit.name(),
                audit.scorecardId(),
                scorecard == null ? null : scorecard.name(),
                scorecard == null ? null : scorecard.versionNumber(),
                audit.state().name(),
                PopulationPayload.from(audit.population()),
                DesignPayload.from(audit.design(), audit.confidence()),
                audit.seed(),
                audit.populationSize(),
                audit.strata().stream().map(StratumResponse::from).toList(),
                audit.separateTeams(),
                audit.createdAt().toString(),
                audit.completedAt().map(Object::toString).orElse(null),
                sampled,
                reviewed);
    }
}
