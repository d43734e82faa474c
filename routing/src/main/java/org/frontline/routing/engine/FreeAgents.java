package org.frontline.routing.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;

/**
 * The agents with room now, indexed by channel, language (spoken well enough), tier and skill, so that a new contact
 * weighs only the free agents who speak its language at its tier and have one of its skills, and an agent's change
 * of room touches one entry per language and skill they have.
 */
final class FreeAgents {
    /** Every agent is also listed under this "skill", for contacts that ask for none. */
    private static final String ANY_SKILL = "";

    private record Key(Channel channel, String language, SupportTier tier, String skill) {}

    private final Map<Key, Map<Long, Seat>> byKey = new HashMap<>();

    /** Lists the agent under this channel when they have room on it, and takes them off when they do not. */
    void update(Seat seat, Channel channel) {
        list(seat, channel, seat.hasRoomFor(channel));
    }

    /** Takes the agent off every channel, whatever room they have. */
    void remove(Seat seat) {
        for (Channel channel : Channel.values()) {
            list(seat, channel, false);
        }
    }

    private void list(Seat seat, Channel channel, boolean room) {
        RoutableAgent agent = seat.agent;
        agent.languages().forEach((language, level) -> {
            if (level >= Requirement.LANGUAGE_PROFICIENCY) {
                list(seat, new Key(channel, language, agent.tier(), ANY_SKILL), room);
                for (String skill : agent.skills().keySet()) {
                    list(seat, new Key(channel, language, agent.tier(), skill), room);
                }
            }
        });
    }

    private void list(Seat seat, Key key, boolean room) {
        if (room) {
            byKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(seat.agent.id(), seat);
        } else {
            Map<Long, Seat> seats = byKey.get(key);
            if (seats != null) {
                seats.remove(seat.agent.id());
            }
        }
    }

    /** Each free agent who meets the requirement, once. */
    void meeting(Requirement requirement, Consumer<Seat> each) {
        String skill =
                requirement.skills().keySet().stream().sorted().findFirst().orElse(ANY_SKILL);
        boolean several = requirement.languages().size() * requirement.tiers().size() > 1;
        Set<Long> seen = several ? new HashSet<>() : Set.of();
        for (String language : requirement.languages()) {
            for (SupportTier tier : requirement.tiers()) {
                Map<Long, Seat> seats = byKey.get(new Key(requirement.channel(), language, tier, skill));
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
