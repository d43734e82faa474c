package org.frontline.routing.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;

/**
 * Agents listed by channel, language (spoken well enough), tier and skill, so that finding the agents who meet a
 * requirement weighs only those who speak its language at its tier on its channel and have its first skill, and
 * listing or unlisting an agent touches one entry per language and skill they have. The engine keeps two: the agents
 * with room now (whom a new contact can go to), and every agent who works a channel (whom a new line must know).
 */
final class AgentIndex {
    /** Every agent is also listed under this "skill", for contacts that ask for none. */
    private static final String ANY_SKILL = "";

    private record Key(Channel channel, String language, SupportTier tier, String skill) {}

    private final Map<Key, Map<Long, Seat>> byKey = new HashMap<>();

    /** The skill a requirement is looked up by: its first by name, or none. */
    static String indexSkill(Requirement requirement) {
        String first = null;
        for (String skill : requirement.skills().keySet()) {
            if (first == null || skill.compareTo(first) < 0) {
                first = skill;
            }
        }
        return first == null ? ANY_SKILL : first;
    }

    /** Lists the agent under this channel, or takes them off it. */
    void list(Seat seat, Channel channel, boolean listed) {
        list(seat, entries(seat, channel), listed);
    }

    /** Takes the agent off every channel. */
    void remove(Seat seat) {
        for (Channel channel : Channel.values()) {
            list(seat, channel, false);
        }
    }

    /**
     * The entries an agent belongs in for this channel, one per language they speak well enough and skill they have
     * (plus "any skill"); callers that list the same agent often keep these rather than look them up each time.
     */
    List<Map<Long, Seat>> entries(Seat seat, Channel channel) {
        RoutableAgent agent = seat.agent;
        List<Map<Long, Seat>> entries = new ArrayList<>();
        agent.languages().forEach((language, level) -> {
            if (level >= Requirement.LANGUAGE_PROFICIENCY) {
                entries.add(entry(new Key(channel, language, agent.tier(), ANY_SKILL)));
                for (String skill : agent.skills().keySet()) {
                    entries.add(entry(new Key(channel, language, agent.tier(), skill)));
                }
            }
        });
        return entries;
    }

    /** Lists the agent in each of these entries, or takes them off. */
    static void list(Seat seat, List<Map<Long, Seat>> entries, boolean listed) {
        Long id = seat.agent.id();
        for (Map<Long, Seat> entry : entries) {
            if (listed) {
                entry.put(id, seat);
            } else {
                entry.remove(id);
            }
        }
    }

    private Map<Long, Seat> entry(Key key) {
        return byKey.computeIfAbsent(key, k -> new LinkedHashMap<>());
    }

    /** Each listed agent who meets the requirement of the line, once. */
    void meeting(Bucket line, Consumer<Seat> each) {
        Requirement requirement = line.requirement;
        boolean several = requirement.languages().size() * requirement.tiers().size() > 1;
        Set<Long> seen = several ? new HashSet<>() : Set.of();
        for (String language : requirement.languages()) {
            for (SupportTier tier : requirement.tiers()) {
                Map<Long, Seat> seats = byKey.get(new Key(requirement.channel(), language, tier, line.indexSkill));
                if (seats == null) {
                    continue;
                }
                for (Seat seat : seats.values()) {
                    if ((!several || seen.add(seat.agent.id())) && requirement.isMetBy(seat.agent)) {
                        each.accept(seat);
                    }
                }
            }
        }
    }
}
