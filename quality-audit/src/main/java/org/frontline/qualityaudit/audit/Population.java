package org.frontline.qualityaudit.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.frontline.core.domain.contact.ContactDetails;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * Which contacts an audit samples from: those an agent handled (not abandoned) that arrived in [from, to), on the
 * given channels, teams, agents, routing queues and dispositions (empty: any), handled for at least the minimum (talk
 * + hold + wrap-up), and, if asked, not reviewed yet (before the draw). {@code frozen} pins it: contacts recorded after
 * the draw are not in it, so the same query finds the same contacts later.
 */
public record Population(
        Instant from,
        Instant to,
        Set<Channel> channels,
        Set<Long> teamIds,
        Set<Long> agentIds,
        Set<String> queues,
        Set<String> dispositions,
        long minimumHandleSeconds,
        boolean excludeReviewed,
        Optional<Freeze> frozen) {

    public Population {
        if (from == null || to == null) {
            throw new InvalidValueException("population", "give the period: from and to");
        }
        if (!from.isBefore(to)) {
            throw new InvalidValueException("population", "the period must end after it starts: " + from + " to " + to);
        }
        if (minimumHandleSeconds < 0) {
            throw new InvalidValueException("minimumHandleSeconds", "must be 0 or more, got " + minimumHandleSeconds);
        }
        channels = Set.copyOf(channels);
        teamIds = Set.copyOf(teamIds);
        agentIds = Set.copyOf(agentIds);
        queues = Set.copyOf(queues);
        dispositions = Set.copyOf(dispositions);
        requireCodes("queues", queues);
        requireCodes("dispositions", dispositions);
        Objects.requireNonNull(frozen, "frozen");
    }

    private static void requireCodes(String field, Set<String> codes) {
        for (String code : codes) {
            if (code.isBlank() || code.length() > ContactDetails.MAX_CODE) {
                throw new InvalidValueException(field, "each is 1 to " + ContactDetails.MAX_CODE + " characters");
            }
        }
    }

    /** The same population, frozen at the last contact recorded at the moment of the draw. */
    public Population frozenAt(long lastContactId, Instant at) {
        return new Population(
                from,
                to,
                channels,
                teamIds,
                agentIds,
                queues,
                dispositions,
                minimumHandleSeconds,
                excludeReviewed,
                Optional.of(new Freeze(lastContactId, at)));
    }
}
