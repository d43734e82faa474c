package org.frontline.qualityaudit.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.frontline.core.domain.agent.AgentProfile;
import org.frontline.core.domain.agent.ChannelSkill;
import org.frontline.core.domain.agent.LanguageSkill;
import org.frontline.core.domain.agent.Skill;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.SupportTier;
import org.junit.jupiter.api.Test;

/** A confirmed course lifts a skill or a channel, adds a skill the agent lacked, and never lowers anything. */
class ProficiencyRaiseTest {
    private static final AgentProfile ANA = new AgentProfile(
            "Ana",
            null,
            1,
            SupportTier.L1,
            Set.of(new Skill("billing", 2), new Skill("returns", 5)),
            Set.of(new LanguageSkill("en", 5)),
            Set.of(new ChannelSkill(Channel.PHONE, 3, 1)),
            LocalDate.parse("2025-01-06"));

    @Test
    void liftsASkillAndAddsOneTheAgentLacked() {
        AgentProfile raised = ProficiencyRaise.applied(ANA, new Raise(Optional.of("billing"), Optional.empty(), 4));
        AgentProfile added = ProficiencyRaise.applied(ANA, new Raise(Optional.of("Refunds"), Optional.empty(), 2));

        assertThat(raised.skills()).containsExactlyInAnyOrder(new Skill("billing", 4), new Skill("returns", 5));
        assertThat(added.skills()).contains(new Skill("refunds", 2));
    }

    @Test
    void neverLowersAndLiftsAChannelKeepingItsCapacity() {
        AgentProfile same = ProficiencyRaise.applied(ANA, new Raise(Optional.of("returns"), Optional.empty(), 3));
        AgentProfile phone = ProficiencyRaise.applied(ANA, new Raise(Optional.empty(), Optional.of(Channel.PHONE), 5));

        assertThat(same.skills()).contains(new Skill("returns", 5));
        assertThat(phone.channels()).containsExactly(new ChannelSkill(Channel.PHONE, 5, 1));
    }

    @Test
    void aChannelTheAgentDoesNotWorkIsRefused() {
        assertThatThrownBy(
                        () -> ProficiencyRaise.applied(ANA, new Raise(Optional.empty(), Optional.of(Channel.CHAT), 3)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("does not work CHAT");
    }
}
