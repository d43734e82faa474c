package org.frontline.web.quality;

import java.util.List;
import org.frontline.qualityaudit.audit.Redraw;

/**
 * An audit's sample drawn again from its stored population, design and seed: whether it reproduces the stored sample,
 * both lists of contact ids, and the population counted now.
 */
public record RedrawResponse(boolean reproduced, List<Long> stored, List<Long> drawnAgain, long populationNow) {

    static RedrawResponse from(Redraw r) {
        return new RedrawResponse(r.reproduced(), r.stored(), r.drawnAgain(), r.populationNow());
    }
}
