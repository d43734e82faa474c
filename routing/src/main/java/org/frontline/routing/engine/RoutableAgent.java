package org.frontline.routing.engine;

import java.util.Map;
import java.util.Objects;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;

/**
 * An agent as routing sees them: tier, skills and languages with proficiencies (1 to 5), and how many contacts of
 * each channel they take at once.
 */
public record RoutableAgent(
        long id,
        SupportTier tier,
        Map<String, Integer> skills,
        Map<String, Integer> languages,
        Map<Channel, Integer> capacities) {

    public RoutableAgent {
        Objects.requireNonNull(tier, "tier");
        skills = Map.copyOf(skills);
        languages = Map.copyOf(languages);
        capacities = Map.copyOf(capacities);
    }

    public int capacity(Channel channel) {
        return capacities.getOrDefault(channel, 0);
    }
}
