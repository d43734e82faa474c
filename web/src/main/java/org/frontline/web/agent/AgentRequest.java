package org.frontline.web.agent;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.core.domain.agent.AgentProfile;
import org.frontline.core.domain.agent.ChannelSkill;
import org.frontline.core.domain.agent.LanguageSkill;
import org.frontline.core.domain.agent.Skill;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;
import org.frontline.web.platform.RequestParameters;

/**
 * An agent as a client sends it. Tier defaults to L1, hire date to today, a channel's capacity to the channel's usual
 * one (1 call, 3 chats, 6 emails); {@code version} is required to update.
 */
public record AgentRequest(
        @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 320) String email,
        @NotNull Long teamId,
        String supportTier,
        @Valid List<@NotNull SkillPayload> skills,
        @NotNull @Size(min = 1) @Valid List<@NotNull LanguagePayload> languages,
        @NotNull @Size(min = 1) @Valid List<@NotNull ChannelPayload> channels,
        LocalDate hireDate,
        @PositiveOrZero Long version) {

    /** A skill and how well the agent masters it, 1 to 5. */
    public record SkillPayload(@NotBlank @Size(max = 60) String name, int proficiency) {}

    /** A language (ISO 639 code) and how well the agent speaks it, 1 to 5. */
    public record LanguagePayload(@NotBlank String language, int proficiency) {}

    /** A channel, the agent's confidence on it (1 to 5), and optionally how many contacts of it at once. */
    public record ChannelPayload(@NotBlank String channel, int proficiency, Integer capacity) {}

    AgentProfile toProfile(LocalDate today) {
        return new AgentProfile(
                name,
                email == null || email.isBlank() ? null : email.strip(),
                teamId,
                RequestParameters.enumeration("supportTier", supportTier, SupportTier.class)
                        .orElse(SupportTier.L1),
                skills == null
                        ? Set.of()
                        : skills.stream()
                                .map(s -> new Skill(s.name(), s.proficiency()))
                                .collect(Collectors.toSet()),
                languages.stream()
                        .map(l -> new LanguageSkill(l.language(), l.proficiency()))
                        .collect(Collectors.toSet()),
                channels.stream().map(AgentRequest::channelSkill).collect(Collectors.toSet()),
                hireDate == null ? today : hireDate);
    }

    private static ChannelSkill channelSkill(ChannelPayload payload) {
        Channel channel = RequestParameters.enumeration("channels", payload.channel(), Channel.class)
                .orElseThrow();
        return new ChannelSkill(
                channel,
                payload.proficiency(),
                payload.capacity() == null ? ChannelSkill.defaultCapacity(channel) : payload.capacity());
    }

    long requiredVersion() {
        return RequestParameters.requiredVersion(version);
    }
}
