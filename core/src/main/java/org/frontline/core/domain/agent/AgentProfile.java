package org.frontline.core.domain.agent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.SupportTier;

/**
 * What an administrator sets about an agent, checked as a whole: each skill, language and channel appears once.
 *
 * @param teamId the team the agent works in
 */
public record AgentProfile(
        String name,
        String email,
        long teamId,
        SupportTier supportTier,
        Set<Skill> skills,
        Set<LanguageSkill> languages,
        Set<ChannelSkill> channels,
        LocalDate hireDate) {

    public AgentProfile {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        name = name.strip();
        Objects.requireNonNull(supportTier, "supportTier");
        skills = Set.copyOf(Objects.requireNonNull(skills, "skills"));
        languages = Set.copyOf(Objects.requireNonNull(languages, "languages"));
        channels = Set.copyOf(Objects.requireNonNull(channels, "channels"));
        Objects.requireNonNull(hireDate, "hireDate");
        requireOnce("skills", "skill", skills, Skill::name);
        requireOnce("languages", "language", languages, LanguageSkill::language);
        requireOnce("channels", "channel", channels, ChannelSkill::channel);
        if (languages.isEmpty()) {
            throw new InvalidValueException("languages", "an agent needs at least one language");
        }
        if (channels.isEmpty()) {
            throw new InvalidValueException("channels", "an agent needs at least one channel");
        }
    }

    private static <T, K> void requireOnce(String field, String what, Collection<T> items, Function<T, K> key) {
        items.stream()
                .collect(Collectors.groupingBy(key, Collectors.counting()))
                .forEach((k, count) -> {
                    if (count > 1) {
                        throw new InvalidValueException(field, what + " '" + k + "' is listed " + count + " times");
                    }
                });
    }
}
