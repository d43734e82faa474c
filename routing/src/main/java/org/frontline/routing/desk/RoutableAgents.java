package org.frontline.routing.desk;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.frontline.core.domain.agent.AgentProfile;
import org.frontline.core.domain.agent.ChannelSkill;
import org.frontline.core.domain.agent.LanguageSkill;
import org.frontline.core.domain.agent.Skill;
import org.frontline.core.domain.shared.Channel;
import org.frontline.routing.engine.RoutableAgent;

/** Agents as the routing engine sees them. */
final class RoutableAgents {
    private RoutableAgents() {}

    static RoutableAgent of(long id, AgentProfile profile) {
        Map<String, Integer> skills = new HashMap<>();
        for (Skill skill : profile.skills()) {
            skills.put(skill.name(), skill.proficiency());
        }
        Map<String, Integer> languages = new HashMap<>();
        for (LanguageSkill language : profile.languages()) {
            languages.put(language.language(), language.proficiency());
        }
        Map<Channel, Integer> capacities = new EnumMap<>(Channel.class);
        for (ChannelSkill channel : profile.channels()) {
            capacities.put(channel.channel(), channel.capacity());
        }
        return new RoutableAgent(id, profile.supportTier(), skills, languages, capacities);
    }
}
