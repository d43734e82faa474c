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
 * The agents with room now, indexed by channel, language (spoken well enough) and tier, so that a new contact weighs
 * only the free agents who could take it, and an agent's change of room touches one entry per language they speak.
 */
final class FreeAgents {
    private record Key(Channel channel, String language, SupportTier tier) {}

    private final Map<Key, Map<Long, Seat>> byKey = new HashMap<>();

    /** Lists the agent under this channel when they have room on it, and takes them off when they do not. */
    void update(Seat seat, Channel channel) {
        boolean room = seat.hasRoomFor(channel);
        seat.agent.languages().forEach((language, level) -> {
            if (level >= Requirement.LANGUAGE_PROFICIENCY) {
                Key key = new Key(channel, language, seat.agent.tier());
                if (room) {
                    byKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(seat.agent.id(), seat);
                } else {
                    Map<Long, Seat> seats = byKey.get(key);
                    if (seats != null) {
                        seats.remove(seat.agent.id());
                    }
                }
            }
        });
    }

    /** Each free agent who meets the requirement, once. */
    void meeting(Requirement requirement, Consumer<Seat> each) {
        boolean several = requirement.languages().size() * requirement.tiers().size() > 1;
        Set<Long> seen = several ? new HashSet<>() : Set.of();
        for (String language : requirement.languages()) {
            for (SupportTier tier : requirement.tiers()) {
                Map<Long, Seat> seats = byKey.get(new Key(requirement.channel(), language, tier));
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
