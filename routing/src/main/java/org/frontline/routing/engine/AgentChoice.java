package org.frontline.routing.engine;

import java.util.List;

/**
 * Why a contact went to the agent it did: the one it prefers, or the best skill match of the free agents who
 * qualified, then the selection policy's tie-break.
 */
record AgentChoice(
        Requirement need, List<RoutableAgent> best, int qualified, boolean preferred, AgentSelection selection)
        implements Explanation {

    @Override
    public String requirement() {
        return need.toString();
    }

    @Override
    public List<String> candidates() {
        return best.stream()
                .map(agent -> "agent " + agent.id() + ": skill match " + need.skillMatch(agent))
                .toList();
    }

    @Override
    public String why() {
        RoutableAgent chosen = best.getFirst();
        return preferred
                ? "agent " + chosen.id() + " is one the contact prefers and is free"
                : "agent " + chosen.id() + " has the best skill match (" + need.skillMatch(chosen) + ") of the "
                        + qualified + " free agents who qualify, then " + tieBreak();
    }

    private String tieBreak() {
        return switch (selection) {
            case LONGEST_IDLE -> "the longest idle";
            case LEAST_OCCUPIED -> "the least occupied, then the longest idle";
            case ROUND_ROBIN -> "the one offered a contact least recently";
        };
    }
}
