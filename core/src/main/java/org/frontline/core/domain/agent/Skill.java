package org.frontline.core.domain.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * Something an agent knows how to handle ("billing", "router-setup"), at a proficiency from 1 to 5; names are lower
 * case so routing compares them exactly.
 */
@Embeddable
public record Skill(
        @Column(name = "skill", length = 60) String name,
        @Column(name = "proficiency") int proficiency) {

    public Skill {
        Objects.requireNonNull(name, "name");
        name = name.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new InvalidValueException("skills", "a skill name must not be blank");
        }
        Proficiency.require("skills", "skill '" + name + "'", proficiency);
    }
}
