package org.frontline.qualityaudit.audit;

import java.util.List;

/**
 * An audit's sample drawn again from what it stored: the contacts it holds, those the design and seed give now, and
 * the population counted now. They match unless contacts of the population were changed since (e.g. re-dispositioned).
 */
public record Redraw(List<Long> stored, List<Long> drawnAgain, long populationNow) {

    public Redraw {
        stored = List.copyOf(stored);
        drawnAgain = List.copyOf(drawnAgain);
    }

    public boolean reproduced() {
        return stored.equals(drawnAgain);
    }
}
