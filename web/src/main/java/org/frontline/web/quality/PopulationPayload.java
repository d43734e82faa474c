package org.frontline.web.quality;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.audit.Freeze;
import org.frontline.qualityaudit.audit.Population;
import org.frontline.web.platform.RequestParameters;

/**
 * An audit population as sent and shown: the period [from, to), channels, team and agent ids, routing queues and
 * dispositions (none given: all), the minimum handle time in seconds, whether to leave out contacts reviewed already, and (shown only)
 * the last contact id it was frozen at.
 */
public record PopulationPayload(
        String from,
        String to,
        List<String> channels,
        List<Long> teamIds,
        List<Long> agentIds,
        List<String> queues,
        List<String> dispositions,
        Long minimumHandleSeconds,
        Boolean excludeReviewed,
        Long throughContactId) {

    Population toPopulation() {
        return new Population(
                RequestParameters.instant("population.from", from).orElse(null),
                RequestParameters.instant("population.to", to).orElse(null),
                values("channels", channels).stream()
                        .map(c -> RequestParameters.enumeration("channels", c, Channel.class)
                                .orElseThrow(() -> new InvalidValueException("channels", "a channel may not be blank")))
                        .collect(Collectors.toSet()),
                values("teamIds", teamIds),
                values("agentIds", agentIds),
                values("queues", queues),
                values("dispositions", dispositions),
                Optional.ofNullable(minimumHandleSeconds).orElse(0L),
                Boolean.TRUE.equals(excludeReviewed),
                Optional.empty());
    }

    /** The values of a list as a set; none when the list is not given; no null among them. */
    private static <T> Set<T> values(String field, List<T> list) {
        if (list == null) {
            return Set.of();
        }
        if (list.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException(field, "may not hold null");
        }
        return Set.copyOf(list);
    }

    static PopulationPayload from(Population population) {
        return new PopulationPayload(
                population.from().toString(),
                population.to().toString(),
                population.channels().stream().map(Channel::name).sorted().toList(),
                population.teamIds().stream().sorted().toList(),
                population.agentIds().stream().sorted().toList(),
                population.queues().stream().sorted().toList(),
                population.dispositions().stream().sorted().toList(),
                population.minimumHandleSeconds(),
                population.excludeReviewed(),
                population.frozen().map(Freeze::throughContactId).orElse(null));
    }
}
