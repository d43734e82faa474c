package org.frontline.core.domain.kpi.targets;

import java.util.List;
import java.util.Optional;
import org.frontline.core.domain.kpi.Kpi;

/** Where KPI targets are kept. */
public interface KpiTargetRepository {
    KpiTarget add(KpiTarget target);

    Optional<KpiTarget> findById(long id);

    /** The target of that team (or of the whole centre, for an empty team) for that KPI. */
    Optional<KpiTarget> find(Optional<Long> teamId, Kpi kpi);

    /** Every target: the centre's first, then by team and KPI. */
    List<KpiTarget> all();

    void remove(KpiTarget target);

    void flush();
}
