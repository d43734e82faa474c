package org.frontline.core.domain.kpi;

import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.frontline.core.domain.shared.Channel;

/**
 * How the centre measures: the answer time each channel's service level counts against, how short abandons count, the
 * window in which a repeat contact means the first did not resolve, and the time zone reports and roll-ups keep days
 * in.
 *
 * @param answerTargets the service-level threshold of every channel
 * @param shortAbandon abandons with a shorter wait are short abandons
 * @param repeatWindow a contact is first-contact resolved when the customer does not contact again about the same
 *     reason within this many whole days
 */
public record KpiSettings(
        Map<Channel, Duration> answerTargets,
        Duration shortAbandon,
        ShortAbandons shortAbandons,
        Duration repeatWindow,
        ZoneId zone) {

    public KpiSettings {
        Objects.requireNonNull(shortAbandon, "shortAbandon");
        Objects.requireNonNull(shortAbandons, "shortAbandons");
        Objects.requireNonNull(repeatWindow, "repeatWindow");
        Objects.requireNonNull(zone, "zone");
        answerTargets = Map.copyOf(new EnumMap<>(answerTargets));
        for (Channel channel : Channel.values()) {
            Duration target = answerTargets.get(channel);
            if (target == null || target.isNegative() || target.toNanosPart() != 0) {
                throw new IllegalArgumentException(
                        "every channel needs an answer target in whole seconds, not " + target + " for " + channel);
            }
        }
        if (shortAbandon.isNegative() || shortAbandon.toNanosPart() != 0) {
            throw new IllegalArgumentException("short abandon must be whole seconds >= 0, got " + shortAbandon);
        }
        if (repeatWindow.isNegative() || repeatWindow.toSeconds() % 86_400 != 0) {
            throw new IllegalArgumentException("the repeat window must be whole days, got " + repeatWindow);
        }
    }

    /** Phone 20 s, chat 30 s, email and web 24 h; abandons under 5 s excluded; repeats within 7 days. */
    public static KpiSettings defaults(ZoneId zone) {
        return new KpiSettings(
                Map.of(
                        Channel.PHONE, Duration.ofSeconds(20),
                        Channel.CHAT, Duration.ofSeconds(30),
                        Channel.EMAIL, Duration.ofHours(24),
                        Channel.WEB, Duration.ofHours(24)),
                Duration.ofSeconds(5),
                ShortAbandons.EXCLUDE,
                Duration.ofDays(7),
                zone);
    }

    public Duration answerTarget(Channel channel) {
        return answerTargets.get(channel);
    }

    /**
     * What the roll-ups depend on, as text: a day rolled up under other settings is rolled up again. (How short
     * abandons count is applied when reading, so it is not part of it.)
     */
    public String rollUpFingerprint() {
        String targets = answerTargets.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue().toSeconds())
                .collect(Collectors.joining(","));
        return targets + ";short=" + shortAbandon.toSeconds() + ";repeatDays=" + repeatWindow.toDays() + ";zone="
                + zone.getId();
    }
}
