package org.frontline.routing.engine;

import java.util.List;

/** Why a freed agent got the contact they did: it ranked first of the heads of the lines they qualify for. */
record ContactChoice(List<Queued> heads, int lines) implements Explanation {

    @Override
    public String requirement() {
        return heads.getFirst().bucket().requirement.toString();
    }

    @Override
    public List<String> candidates() {
        return heads.stream()
                .map(w -> "contact " + w.contact().id() + ": "
                        + w.urgency().explain(w.contact().arrivedAt()))
                .toList();
    }

    @Override
    public String why() {
        Queued best = heads.getFirst();
        return "contact " + best.contact().id() + " ranks first of the " + lines + " lines the agent qualifies for: "
                + best.urgency().explain(best.contact().arrivedAt());
    }
}
