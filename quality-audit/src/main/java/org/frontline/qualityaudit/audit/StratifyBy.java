package org.frontline.qualityaudit.audit;

/** What a stratified or fixed-count sample divides the population by. */
public enum StratifyBy {
    AGENT,
    TEAM,
    CHANNEL;

    /** The stratum a contact falls in: the agent's or team's id, or the channel's name ("none" without a team). */
    public String stratumOf(PopulationUnit unit) {
        return switch (this) {
            case AGENT -> Long.toString(unit.agentId());
            case TEAM -> unit.teamId().map(String::valueOf).orElse("none");
            case CHANNEL -> unit.channel().name();
        };
    }
}
