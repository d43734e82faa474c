package org.frontline.qualityaudit.scorecard;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * What reviews are scored against: a name and version (a review keeps the version it used), the pass mark (0 to
 * 100), and sections whose weights add up to 100.
 */
public record Scorecard(String name, int version, double passMark, List<Section> sections) {

    public Scorecard {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "a scorecard needs a name");
        }
        if (version < 1) {
            throw new InvalidValueException("version", "must be 1 or more, got " + version);
        }
        if (!(passMark >= 0 && passMark <= 100)) {
            throw new InvalidValueException("passMark", "must be 0 to 100, got " + passMark);
        }
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new InvalidValueException("sections", "a scorecard needs at least one section");
        }
        Set<String> names = new HashSet<>();
        double total = 0;
        for (Section section : sections) {
            if (!names.add(section.name())) {
                throw new InvalidValueException("sections", "two sections are named " + section.name());
            }
            total += section.weight();
        }
        if (Math.abs(total - 100) > Section.TOLERANCE) {
            throw new InvalidValueException("sections", "section weights must add up to 100, not " + total);
        }
    }
}
