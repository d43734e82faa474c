package org.frontline.qualityaudit.audit;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.shared.DuplicateException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.StaleVersionException;
import org.frontline.qualityaudit.ledger.Ledger;
import org.frontline.qualityaudit.ledger.LedgerKind;
import org.frontline.qualityaudit.scorecard.ScorecardService;
import org.frontline.qualityaudit.scorecard.StoredScorecard;

/**
 * Runs compliance audits: draws the sample a plan asks for, shares it among the analysts and stores both in one go
 * (a draw that fails stores nothing), lists each analyst's work, reports the results so far, and completes the audit
 * once every sampled contact is reviewed, putting its results on the hash chain.
 */
public class AuditService {
    private static final String KIND = "audit";
    public static final int MAX_NAME = 200;

    private final AuditRepository audits;
    private final PopulationSource population;
    private final ScorecardService scorecards;
    private final AgentService agents;
    private final Ledger ledger;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    public AuditService(
            AuditRepository audits,
            PopulationSource population,
            ScorecardService scorecards,
            AgentService agents,
            Ledger ledger,
            Clock clock) {
        this.audits = Objects.requireNonNull(audits, "audits");
        this.population = Objects.requireNonNull(population, "population");
        this.scorecards = Objects.requireNonNull(scorecards, "scorecards");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Audit start(AuditPlan plan) {
        String name = plan.name() == null ? "" : plan.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidValueException("name", "an audit needs a name of 1 to " + MAX_NAME + " characters");
        }
        if (audits.byName(name).isPresent()) {
            throw new DuplicateException(KIND, "name", name);
        }
        StoredScorecard card = plan.scorecardVersion()
                .map(v -> scorecards.version(plan.scorecardName(), v))
                .orElseGet(() -> scorecards.latest(plan.scorecardName()));
        List<Analyst> analysts = plan.analystIds().stream().map(this::analyst).toList();
        long seed = plan.seed().orElseGet(seeds::nextLong);
        Instant now = clock.instant();
        Draw draw = new SampleDraw(population).draw(plan.population(), plan.design(), seed, now);
        Map<Long, Long> analystOf = AnalystAssignment.assign(draw.units(), analysts, plan.separateTeams());
        Audit audit = audits.add(
                new Audit(name, card.id(), plan.design(), plan.confidence(), seed, plan.separateTeams(), draw, now));
        audits.addUnits(draw.units().stream()
                .map(u -> new AuditUnit(audit.id(), u, analystOf.get(u.unit().contactId())))
                .toList());
        return audit;
    }

    public Audit get(long id) {
        return audits.find(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    public List<Audit> list() {
        return audits.list();
    }

    /** The audit's sampled contacts and how far each review is; one analyst's only when given. */
    public List<UnitReview> work(long id, Optional<Long> analystId) {
        return audits.units(get(id), analystId);
    }

    public AuditReport report(long id) {
        Audit audit = get(id);
        return report(audit, audits.units(audit, Optional.empty()));
    }

    private AuditReport report(Audit audit, List<UnitReview> units) {
        StoredScorecard card = scorecards.byId(audit.scorecardId());
        Optional<AuditReporting.Previous> previous = audits.previousComplete(audit, card.name())
                .flatMap(before -> AuditReporting.compliance(before, audits.units(before, Optional.empty()))
                        .map(estimate -> new AuditReporting.Previous(before, estimate)));
        return AuditReporting.report(audit, card.scorecard(), units, audits.disputes(audit), previous);
    }

    /**
     * Draws the audit's sample again from what it stored (the frozen population, the design, the seed) and compares:
     * anyone can check that the sample is the one the design gives, not one picked by hand.
     */
    public Redraw redraw(long id) {
        Audit audit = get(id);
        Draw again = new SampleDraw(population).draw(audit.population(), audit.design(), audit.seed(), clock.instant());
        List<Long> drawn = again.units().stream().map(u -> u.unit().contactId()).toList();
        List<Long> stored = audits.units(audit, Optional.empty()).stream()
                .map(u -> u.unit().contactId())
                .toList();
        return new Redraw(stored, drawn, again.populationSize());
    }

    /** Closes the audit (every sampled contact must have its submitted review) and chains its results. */
    public Audit complete(long id, long expectedVersion) {
        Audit audit = get(id);
        StaleVersionException.requireCurrent(KIND, id, expectedVersion, audit.version());
        List<UnitReview> units = audits.units(audit, Optional.empty());
        audit.complete(units.stream().filter(UnitReview::reviewed).count(), units.size(), clock.instant());
        audits.flush();
        ledger.append(LedgerKind.AUDIT, audit.id(), AuditText.of(report(audit, units), units));
        return audit;
    }

    private Analyst analyst(long id) {
        return new Analyst(id, agents.get(id).team().id());
    }
}
