package org.frontline.core.domain.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A day a calendar does not work, whatever its weekday hours say. */
@Embeddable
public record Holiday(
        @Column(name = "holiday_date") LocalDate date,
        @Column(name = "name", length = 100) String name) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        name = name == null ? "" : name.strip();
    }
}
