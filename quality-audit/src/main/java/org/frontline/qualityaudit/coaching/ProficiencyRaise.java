package org.frontline.qualityaudit.coaching;

import java.util.HashSet;
import java.util.Set;
import org.frontline.core.domain.agent.AgentProfile;
import org.frontline.core.domain.agent.ChannelSkill;
import org.frontline.core.domain.agent.Skill;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * Applies a raise to an agent's profile: the skill is set to the new level (added if the agent lacked it), or the
 * channel's proficiency is; never lowered, so a course below the agent's level changes nothing.
 */
final class ProficiencyRaise {
    private ProficiencyRaise() {}

    static AgentProfile applied(AgentProfile profile, Raise raise) {
        Set<Skill> skills = new HashSet<>(profile.skills());
        Set<ChannelSkill> channels = new HashSet<>(profile.channels());
        raise.skill().ifPresent(name -> {
            Skill wanted = new Skill(name, raise.level());
            Skill current = skills.stream()
                    .filter(s -> s.name().equals(wanted.name()))
                    .findFirst()
                    .orElse(null);
            if (current == null || current.proficiency() < raise.level()) {
                skills.remove(current);
                skills.add(wanted);
            }
        });
        raise.channel().ifPresent(channel -> {
            ChannelSkill current = channels.stream()
                    .filter(c -> c.channel() == channel)
                    .findFirst()
                    .orElseThrow(() -> new InvalidValueException(
                            "raises",
                            "the agent does not work " + channel + ": add the channel to their profile first"));
            if (current.proficiency() < raise.level()) {
                channels.remove(current);
                channels.add(new ChannelSkill(channel, raise.level(), current.capacity()));
            }
        });
        return new AgentProfile(
                profile.name(),
                profile.email(),
                profile.teamId(),
                profile.supportTier(),
                skills,
                profile.languages(),
                channels,
                profile.hireDate());
    }
}
