package org.frontline.qualityaudit.scorecard;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One criterion of a stored scorecard, with its section's name and weight (a flat row per criterion). */
@Embeddable
public class ScorecardItem {

    @Column(name = "section", nullable = false, length = 100)
    private String section;

    @Column(name = "section_weight", nullable = false)
    private double sectionWeight;

    @Column(name = "criterion", nullable = false, length = 200)
    private String criterion;

    @Column(name = "weight", nullable = false)
    private double weight;

    @Enumerated(EnumType.STRING)
    @Column(name = "scale", nullable = false, length = 12)
    private Scale scale;

    @Enumerated(EnumType.STRING)
    @Column(name = "critical", nullable = false, length = 8)
    private Criticality critical;

    @Column(name = "bonus", nullable = false)
    private boolean bonus;

    /** For Jakarta Persistence only. */
    protected ScorecardItem() {}

    ScorecardItem(Section section, Criterion criterion) {
        this.section = section.name();
        this.sectionWeight = section.weight();
        this.criterion = criterion.name();
        this.weight = criterion.weight();
        this.scale = criterion.scale();
        this.critical = criterion.critical();
        this.bonus = criterion.bonus();
    }

    String section() {
        return section;
    }

    double sectionWeight() {
        return sectionWeight;
    }

    Criterion criterion() {
        return new Criterion(criterion, weight, scale, critical, bonus);
    }
}
