package org.frontline.qualityaudit.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.qualityaudit.sampling.Allocation;
import org.frontline.qualityaudit.sampling.Confidence;

/**
 * A compliance audit as run: its scorecard version, the population query (frozen at the last contact the draw saw),
 * the design and seed that drew the sample, and each stratum's sizes, so anyone can re-derive the exact sample.
 */
@Entity
@Table(name = "qa_audit")
public class Audit {
    private static final String KIND = "audit";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_audit_seq")
    @SequenceGenerator(name = "qa_audit_seq", sequenceName = "qa_audit_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "scorecard_id", nullable = false)
    private long scorecardId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AuditState state;

    @Column(name = "period_from", nullable = false)
    private Instant from;

    @Column(name = "period_to", nullable = false)
    private Instant to;

    @ElementCollection
    @CollectionTable(name = "qa_audit_filter", joinColumns = @JoinColumn(name = "audit_id"))
    @OrderColumn(name = "position")
    private List<AuditFilter> filters = new ArrayList<>();

    @Column(name = "minimum_handle_seconds", nullable = false)
    private long minimumHandleSeconds;

    @Column(name = "exclude_reviewed", nullable = false)
    private boolean excludeReviewed;

    @Column(name = "through_contact_id", nullable = false)
    private long throughContactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private DesignKind design;

    @Enumerated(EnumType.STRING)
    @Column(name = "stratify_by", length = 10)
    private StratifyBy stratifyBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private Allocation allocation;

    @Column(name = "minimum_per_stratum", nullable = false)
    private int minimumPerStratum;

    @Column(name = "per_stratum")
    private Integer perStratum;

    @Column(name = "requested_size")
    private Integer requestedSize;

    @Column(name = "margin_of_error")
    private Double marginOfError;

    @Column(name = "confidence_level", nullable = false)
    private double confidence;

    @Column(name = "expected_proportion")
    private Double expectedProportion;

    @Column(nullable = false)
    private long seed;

    @Column(name = "population_size", nullable = false)
    private long populationSize;

    @Column(name = "separate_teams", nullable = false)
    private boolean separateTeams;

    @ElementCollection
    @CollectionTable(name = "qa_audit_stratum", joinColumns = @JoinColumn(name = "audit_id"))
    @OrderColumn(name = "position")
    private List<AuditStratum> strata = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** For Jakarta Persistence only. */
    protected Audit() {}

    /**
     * @param confidence the level the report's intervals use (the precision's when one was given)
     */
    public Audit(
            String name,
            long scorecardId,
            SampleDesign design,
            Confidence confidence,
            long seed,
            boolean separateTeams,
            Draw draw,
            Instant now) {
        this.name = name.strip();
        this.scorecardId = scorecardId;
        this.state = AuditState.IN_PROGRESS;
        Population population = draw.population();
        this.from = population.from();
        this.to = population.to();
        population.channels().forEach(c -> filters.add(new AuditFilter(AuditFilter.Kind.CHANNEL, c.name())));
        population.teamIds().forEach(t -> filters.add(new AuditFilter(AuditFilter.Kind.TEAM, t.toString())));
        population.agentIds().forEach(a -> filters.add(new AuditFilter(AuditFilter.Kind.AGENT, a.toString())));
        population.queues().forEach(q -> filters.add(new AuditFilter(AuditFilter.Kind.QUEUE, q)));
        population.dispositions().forEach(d -> filters.add(new AuditFilter(AuditFilter.Kind.DISPOSITION, d)));
        this.minimumHandleSeconds = population.minimumHandleSeconds();
        this.excludeReviewed = population.excludeReviewed();
        this.throughContactId = population.frozen().orElseThrow().throughContactId();
        this.design = design.kind();
        this.stratifyBy = design.stratifyBy().orElse(null);
        this.allocation = design.allocation();
        this.minimumPerStratum = design.minimumPerStratum();
        this.perStratum = design.perStratum().isPresent() ? design.perStratum().getAsInt() : null;
        this.requestedSize =
                design.sampleSize().isPresent() ? design.sampleSize().getAsInt() : null;
        this.marginOfError = design.precision().map(Precision::margin).orElse(null);
        this.expectedProportion = design.precision().map(Precision::expected).orElse(null);
        this.confidence = confidence.level();
        this.seed = seed;
        this.populationSize = draw.populationSize();
        this.separateTeams = separateTeams;
        draw.strata().forEach(s -> strata.add(new AuditStratum(s)));
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** Closes the audit once every sampled contact is reviewed. */
    public void complete(long reviewed, long sampled, Instant now) {
        if (state == AuditState.COMPLETE) {
            throw new InvalidTransitionException(KIND, id, state, "complete", "it is complete already");
        }
        if (reviewed < sampled) {
            throw new InvalidTransitionException(
                    KIND,
                    id,
                    state,
                    "complete",
                    reviewed + " of its " + sampled + " contacts are reviewed; every one must be");
        }
        state = AuditState.COMPLETE;
        completedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** The population as it was queried, frozen at the draw. */
    public Population population() {
        return new Population(
                from,
                to,
                values(AuditFilter.Kind.CHANNEL, Channel::valueOf),
                values(AuditFilter.Kind.TEAM, Long::valueOf),
                values(AuditFilter.Kind.AGENT, Long::valueOf),
                values(AuditFilter.Kind.QUEUE, Function.identity()),
                values(AuditFilter.Kind.DISPOSITION, Function.identity()),
                minimumHandleSeconds,
                excludeReviewed,
                Optional.of(new Freeze(throughContactId, createdAt)));
    }

    public SampleDesign design() {
        return new SampleDesign(
                design,
                Optional.ofNullable(stratifyBy),
                allocation,
                minimumPerStratum,
                perStratum == null ? OptionalInt.empty() : OptionalInt.of(perStratum),
                requestedSize == null ? OptionalInt.empty() : OptionalInt.of(requestedSize),
                marginOfError == null
                        ? Optional.empty()
                        : Optional.of(new Precision(marginOfError, confidence(), expectedProportion)));
    }

    private <T> Set<T> values(AuditFilter.Kind kind, Function<String, T> parse) {
        return filters.stream()
                .filter(f -> f.kind() == kind)
                .map(f -> parse.apply(f.value()))
                .collect(Collectors.toUnmodifiableSet());
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public long scorecardId() {
        return scorecardId;
    }

    public AuditState state() {
        return state;
    }

    public Confidence confidence() {
        return new Confidence(confidence);
    }

    public long seed() {
        return seed;
    }

    public long populationSize() {
        return populationSize;
    }

    public boolean separateTeams() {
        return separateTeams;
    }

    public List<StratumDraw> strata() {
        return strata.stream().map(AuditStratum::draw).toList();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }
}
