package org.frontline.qualityaudit.scorecard;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One version of a scorecard as stored: never changed once written (a change is the next version), so a review can
 * keep the version it was scored against.
 */
@Entity
@Table(name = "qa_scorecard")
public class StoredScorecard {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_scorecard_seq")
    @SequenceGenerator(name = "qa_scorecard_seq", sequenceName = "qa_scorecard_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "pass_mark", nullable = false)
    private double passMark;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "qa_scorecard_item", joinColumns = @JoinColumn(name = "scorecard_id"))
    @OrderColumn(name = "position")
    private List<ScorecardItem> items = new ArrayList<>();

    /** For Jakarta Persistence only. */
    protected StoredScorecard() {}

    public StoredScorecard(Scorecard scorecard, Instant now) {
        this.name = scorecard.name().strip();
        this.versionNumber = scorecard.version();
        this.passMark = scorecard.passMark();
        this.createdAt = Objects.requireNonNull(now, "now");
        for (Section section : scorecard.sections()) {
            for (Criterion criterion : section.criteria()) {
                items.add(new ScorecardItem(section, criterion));
            }
        }
    }

    /** The scorecard as scoring takes it: consecutive items of one section make that section. */
    public Scorecard scorecard() {
        List<Section> sections = new ArrayList<>();
        int start = 0;
        while (start < items.size()) {
            ScorecardItem first = items.get(start);
            int end = start;
            List<Criterion> criteria = new ArrayList<>();
            while (end < items.size() && items.get(end).section().equals(first.section())) {
                criteria.add(items.get(end).criterion());
                end++;
            }
            sections.add(new Section(first.section(), first.sectionWeight(), criteria));
            start = end;
        }
        return new Scorecard(name, versionNumber, passMark, sections);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
