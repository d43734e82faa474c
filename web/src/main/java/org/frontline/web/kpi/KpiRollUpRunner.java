package org.frontline.web.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.frontline.core.domain.kpi.KpiRollUp;
import org.frontline.core.domain.kpi.RollUpRun;

/** One roll-up run in its own transaction: changed days again, then up to a month of days never rolled up. */
@ApplicationScoped
public class KpiRollUpRunner {
    private static final Logger LOG = Logger.getLogger(KpiRollUpRunner.class.getName());
    static final int NEW_DAYS_PER_RUN = 31;

    @Inject
    KpiRollUp rollUp;

    @Transactional
    public RollUpRun run() {
        RollUpRun run = rollUp.refresh(NEW_DAYS_PER_RUN);
        if (run.daysRolledUp() > 0) {
            LOG.info(() -> "KPI roll-up: " + run.daysRolledUp() + " days rolled up, " + run.daysLeft() + " to go");
        }
        return run;
    }
}
