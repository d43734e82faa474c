package org.frontline.core.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.frontline.core.domain.Persisted;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.SupportTier;
import org.frontline.core.domain.team.ServiceFunction;
import org.frontline.core.domain.team.Team;
import org.junit.jupiter.api.Test;

class AgentTest {
    private static final Instant HIRED = Instant.parse("2026-11-23T08:00:00Z");

    static AgentProfile profile(Set<Skill> skills) {
        return new AgentProfile(
                "Bob Martin",
                "bob@example.com",
                0,
                SupportTier.L2,
                skills,
                Set.of(new LanguageSkill("en", 5), new LanguageSkill("es-MX", 3)),
                Set.of(new ChannelSkill(Channel.PHONE, 5, 1), new ChannelSkill(Channel.CHAT, 2, 3)),
                LocalDate.of(2024, 3, 1));
    }

    private static Agent savedAgent() {
        Team team = Persisted.withId(new Team("Billing", ServiceFunction.SUPPORT), 0);
        return Persisted.withId(new Agent(profile(Set.of(new Skill("Billing", 4))), team, HIRED), 7);
    }

    @Test
    void startsOfflineWithTheProfileGiven() {
        Agent agent = savedAgent();

        assertThat(agent.status()).isEqualTo(AgentStatus.OFFLINE);
        assertThat(agent.statusSince()).isEqualTo(HIRED);
        assertThat(agent.profile().skills()).containsExactly(new Skill("billing", 4));
        assertThat(agent.profile().languages())
                .extracting(LanguageSkill::language)
                .containsExactlyInAnyOrder("en", "es");
        assertThat(agent.capacity(Channel.CHAT)).isEqualTo(3);
        assertThat(agent.capacity(Channel.EMAIL)).isZero();
    }

    @Test
    void changingStatusClosesTheStretchItLeaves() {
        Agent agent = savedAgent();
        Instant nine = Instant.parse("2026-11-23T09:00:00Z");

        AgentStatusInterval closed =
                agent.changeStatus(AgentStatus.AVAILABLE, nine).orElseThrow();

        assertThat(closed.agentId()).isEqualTo(7L);
        assertThat(closed.status()).isEqualTo(AgentStatus.OFFLINE);
        assertThat(closed.startedAt()).isEqualTo(HIRED);
        assertThat(closed.endedAt()).isEqualTo(nine);
        assertThat(closed.duration()).hasHours(1);
        assertThat(agent.status()).isEqualTo(AgentStatus.AVAILABLE);
        assertThat(agent.statusSince()).isEqualTo(nine);
    }

    @Test
    void leavingLogsTheAgentOffAndKeepsThemOffline() {
        Agent agent = savedAgent();
        Instant nine = Instant.parse("2026-11-23T09:00:00Z");
        agent.changeStatus(AgentStatus.AVAILABLE, nine);

        AgentStatusInterval closed = agent.leave(
                        LocalDate.of(2026, 11, 23), LeaveReason.VOLUNTARY, nine.plusSeconds(600))
                .orElseThrow();

        assertThat(closed.status()).isEqualTo(AgentStatus.AVAILABLE);
        assertThat(agent.status()).isEqualTo(AgentStatus.OFFLINE);
        assertThat(agent.leftOn()).contains(LocalDate.of(2026, 11, 23));
        assertThat(agent.leaveReason()).contains(LeaveReason.VOLUNTARY);
        assertThatThrownBy(() -> agent.changeStatus(AgentStatus.AVAILABLE, nine.plusSeconds(900)))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("gone since 2026-11-23");
        assertThatThrownBy(() -> agent.leave(LocalDate.of(2026, 11, 24), LeaveReason.INTERNAL_MOVE, nine))
                .isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void nobodyLeavesBeforeTheyWereHired() {
        Agent agent = savedAgent();

        assertThatThrownBy(() -> agent.leave(LocalDate.of(2024, 2, 29), LeaveReason.INVOLUNTARY, HIRED))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("hire date 2024-03-01");
        assertThat(agent.leftOn()).isEmpty();
    }

    @Test
    void theSameStatusAgainDoesNotFragmentTheLog() {
        Agent agent = savedAgent();
        agent.changeStatus(AgentStatus.AVAILABLE, HIRED.plusSeconds(60));

        assertThat(agent.changeStatus(AgentStatus.AVAILABLE, HIRED.plusSeconds(120)))
                .isEmpty();
        assertThat(agent.statusSince()).isEqualTo(HIRED.plusSeconds(60));
    }

    @Test
    void aClockStepBackwardsNeverMakesANegativeStretch() {
        Agent agent = savedAgent();

        AgentStatusInterval closed =
                agent.changeStatus(AgentStatus.AWAY, HIRED.minusSeconds(5)).orElseThrow();

        assertThat(closed.duration()).isZero();
    }

    @Test
    void rejectsASkillListedTwiceNamingTheField() {
        assertThatThrownBy(() -> profile(Set.of(new Skill("billing", 4), new Skill("Billing", 2))))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("skills"))
                .hasMessage("skill 'billing' is listed 2 times");
    }

    @Test
    void rejectsProficiencyOutsideOneToFive() {
        assertThatThrownBy(() -> new Skill("billing", 6))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("skills"))
                .hasMessage("skill 'billing' proficiency must be between 1 and 5, got 6");
        assertThatThrownBy(() -> new LanguageSkill("fr", 0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejectsUnknownLanguagesAndImpossibleCapacities() {
        assertThatThrownBy(() -> new LanguageSkill("klingon", 3))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("languages"));
        assertThatThrownBy(() -> new ChannelSkill(Channel.CHAT, 3, 0))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("channels"))
                .hasMessage("CHAT capacity must be between 1 and 20, got 0");
    }

    @Test
    void needsAtLeastOneLanguageAndChannel() {
        assertThatThrownBy(() -> new AgentProfile(
                        "Bob",
                        null,
                        0,
                        SupportTier.L1,
                        Set.of(),
                        Set.of(),
                        Set.of(new ChannelSkill(Channel.WEB, 3, 6)),
                        LocalDate.of(2024, 1, 1)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("languages"));
    }

    @Test
    void supportTiersEscalateUpToL3() {
        assertThat(SupportTier.L1.next()).contains(SupportTier.L2);
        assertThat(SupportTier.L3.next()).isEmpty();
    }
}
