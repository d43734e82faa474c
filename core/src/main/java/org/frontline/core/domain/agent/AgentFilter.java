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
        Optional<Channel> channel) {}
