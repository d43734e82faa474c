package org.frontline.qualityaudit.audit;

import java.util.List;

/** A drawn sample: the frozen population it came from, its size, the strata and the contacts drawn. */
public record Draw(Population population, long populationSize, List<StratumDraw> strata, List<DrawnUnit> units) {

    public Draw {
        strata = List.copyOf(strata);
        units = List.copyOf(units);
    }
}
