package org.frontline.core.domain.kpi;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** A KPI report's period [from, to), its time zone, its grouping and, for a time series, its interval length. */
public record KpiQuery(Instant from, Instant to, ZoneId zone, Grouping grouping, Optional<Granularity> granularity) {

    public KpiQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(granularity, "granularity");
    }
}
