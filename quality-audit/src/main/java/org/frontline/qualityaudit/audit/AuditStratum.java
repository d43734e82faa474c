package org.frontline.qualityaudit.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One stratum of an audit as drawn: its size in the population and in the sample, kept for weighted estimates. */
@Embeddable
public class AuditStratum {

    @Column(nullable = false, length = 50)
    private String name;

    @Column(name = "population_size", nullable = false)
    private long populationSize;

    @Column(name = "sample_size", nullable = false)
    private int sampleSize;

    /** For Jakarta Persistence only. */
    protected AuditStratum() {}

    AuditStratum(StratumDraw draw) {
        this.name = draw.name();
        this.populationSize = draw.populationSize();
        this.sampleSize = draw.sampleSize();
    }

    public StratumDraw draw() {
        return new StratumDraw(name, populationSize, sampleSize);
    }
}
