package org.frontline.core.domain.agent;

import java.util.Optional;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;

/** Which agents to list; every criterion given must hold. */
public record AgentFilter(
        Optional<Long> teamId,
        Optional<SupportTier> tier,
        Optional<AgentStatus> status,
        Optional<String> skill,
        Optional<String> language,
        Optional<Channel> channel) {

    /** Every agent. */
    public static final AgentFilter EVERYONE = new AgentFilter(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** The agents in {@code status} now. */
    public static AgentFilter inStatus(AgentStatus status) {
        return new AgentFilter(
                Optional.empty(),
                Optional.empty(),
                Optional.of(status),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** The agents with skill {@code skill}. */
    public static AgentFilter withSkill(String skill) {
        return new AgentFilter(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(skill),
                Optional.empty(),
                Optional.empty());
    }
}
