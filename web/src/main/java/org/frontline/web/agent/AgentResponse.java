package org.frontline.web.agent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.frontline.core.domain.agent.Agent;
import org.frontline.core.domain.agent.AgentProfile;
import org.frontline.core.domain.agent.ChannelSkill;
import org.frontline.core.domain.agent.LanguageSkill;
import org.frontline.core.domain.agent.Skill;
import org.frontline.web.agent.AgentRequest.ChannelPayload;
import org.frontline.web.agent.AgentRequest.LanguagePayload;
import org.frontline.web.agent.AgentRequest.SkillPayload;

/** An agent as the API returns it, skills and languages best first; leftOn and leaveReason once they left. */
public record AgentResponse(
        long id,
        long version,
        String name,
        String email,
        long teamId,
        String teamName,
        String supportTier,
        List<SkillPayload> skills,
        List<LanguagePayload> languages,
        List<ChannelPayload> channels,
        LocalDate hireDate,
        String status,
        Instant statusSince,
        LocalDate leftOn,
        String leaveReason) {

    static AgentResponse from(Agent agent) {
        AgentProfile profile = agent.profile();
        return new AgentResponse(
                agent.id(),
                agent.version(),
                profile.name(),
                profile.email(),
                profile.teamId(),
                agent.team().name(),
                profile.supportTier().name(),
                profile.skills().stream()
                        .sorted(Comparator.comparing((Skill s) -> -s.proficiency())
                                .thenComparing(Skill::name))
                        .map(s -> new SkillPayload(s.name(), s.proficiency()))
                        .toList(),
                profile.languages().stream()
                        .sorted(Comparator.comparing((LanguageSkill l) -> -l.proficiency())
                                .thenComparing(LanguageSkill::language))
                        .map(l -> new LanguagePayload(l.language(), l.proficiency()))
                        .toList(),
                profile.channels().stream()
                        .sorted(Comparator.comparing(ChannelSkill::channel))
                        .map(c -> new ChannelPayload(c.channel().name(), c.proficiency(), c.capacity()))
                        .toList(),
                profile.hireDate(),
                agent.status().name(),
                agent.statusSince(),
                agent.leftOn().orElse(null),
                agent.leaveReason().map(Enum::name).orElse(null));
    }
}
