package org.frontline.routing.engine;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;

/**
 * What an agent must have to take a contact: the channel, each skill at a minimum proficiency, one of the languages
 * at {@link #LANGUAGE_PROFICIENCY} or better, and one of the support tiers. Contacts with equal requirements wait in
 * one line, so equal requirements are equal values.
 */
public record Requirement(Channel channel, Map<String, Integer> skills, Set<String> languages, Set<SupportTier> tiers) {
    /** An agent must speak a language at least this well (1 to 5) to take contacts in it. */
    public static final int LANGUAGE_PROFICIENCY = 3;

    public Requirement {
        Objects.requireNonNull(channel, "channel");
        skills = Map.copyOf(skills);
        languages = Set.copyOf(languages);
        tiers = Set.copyOf(tiers);
        if (languages.isEmpty() || tiers.isEmpty()) {
            throw new IllegalArgumentException("a requirement needs a language and a tier");
        }
    }

    public boolean isMetBy(RoutableAgent agent) {
        if (agent.capacity(channel) == 0 || !tiers.contains(agent.tier())) {
            return false;
        }
        boolean speaks = false;
        for (String language : languages) {
            speaks |= agent.languages().getOrDefault(language, 0) >= LANGUAGE_PROFICIENCY;
        }
        if (!speaks) {
            return false;
        }
        for (Map.Entry<String, Integer> skill : skills.entrySet()) {
            if (agent.skills().getOrDefault(skill.getKey(), 0) < skill.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** How well the agent fits: the sum of their proficiencies in the skills asked for (higher is better). */
    public int skillMatch(RoutableAgent agent) {
        int match = 0;
        for (String skill : skills.keySet()) {
            match += agent.skills().getOrDefault(skill, 0);
        }
        return match;
    }

    /** This requirement after a widening step: skills relieved, a language or the next tier also accepted. */
    Requirement widenedBy(WideningStep step, Map<String, Integer> overflowSkills) {
        Map<String, Integer> widenedSkills = new TreeMap<>(step.overflowTo().isPresent() ? overflowSkills : skills);
        widenedSkills.replaceAll((skill, level) -> Math.max(1, level - step.proficiencyRelief()));
        Set<String> widenedLanguages = new TreeSet<>(languages);
        step.alsoLanguage().ifPresent(widenedLanguages::add);
        Set<SupportTier> widenedTiers = new TreeSet<>(tiers);
        if (step.nextTier()) {
            tiers.forEach(t -> t.next().ifPresent(widenedTiers::add));
        }
        return new Requirement(channel, widenedSkills, widenedLanguages, widenedTiers);
    }

    @Override
    public String toString() {
        return channel + " " + new TreeMap<>(skills) + " in " + new TreeSet<>(languages) + " at "
                + new TreeSet<>(tiers);
    }
}
