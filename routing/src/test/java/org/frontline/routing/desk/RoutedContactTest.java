package org.frontline.routing.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.SupportTier;
import org.frontline.routing.engine.WaitingContact;
import org.junit.jupiter.api.Test;

/** A contact's way through routing: offered, accepted or rejected, completed or withdrawn, and nothing else. */
class RoutedContactTest {
    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

    private static RoutedContact waiting() {
        return new RoutedContact(
                new WaitingContact(
                        7,
                        "billing",
                        Channel.PHONE,
                        Map.of("billing", 3),
                        "en",
                        SupportTier.L1,
                        Priority.P2,
                        ValueTier.GOLD,
                        Optional.empty(),
                        NINE,
                        Set.of(1L),
                        Set.of()),
                NINE.plusSeconds(1));
    }

    @Test
    void anAcceptedContactKnowsHowLongTheCustomerWaited() {
        RoutedContact contact = waiting();
        contact.offer(1, NINE.plusSeconds(10));
        contact.accept(1, NINE.plusSeconds(25));
        contact.complete(1, NINE.plusSeconds(300));

        assertThat(contact.state()).isEqualTo(RoutingState.COMPLETED);
        assertThat(contact.waited()).contains(Duration.ofSeconds(25));
        assertThat(contact.endedAt()).contains(NINE.plusSeconds(300));
    }

    @Test
    void onlyTheAgentItIsOfferedToCanAcceptIt() {
        RoutedContact contact = waiting();
        contact.offer(1, NINE);

        assertThatThrownBy(() -> contact.accept(2, NINE))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("it is not offered to agent 2");
        assertThatThrownBy(() -> contact.complete(1, NINE)).hasMessageContaining("only the agent who accepted it");
    }

    @Test
    void aRejectedContactWaitsAgainAndExcludesTheAgentItPreferred() {
        RoutedContact contact = waiting();
        contact.offer(1, NINE);

        contact.reject(1);

        assertThat(contact.state()).isEqualTo(RoutingState.WAITING);
        assertThat(contact.agentId()).isEmpty();
        assertThat(contact.waiting().excludedAgents()).containsExactly(1L);
        assertThat(contact.waiting().preferredAgents()).isEmpty();
        assertThat(contact.waiting().arrivedAt())
                .as("its place in line is kept")
                .isEqualTo(NINE);
    }

    @Test
    void anAbandonedContactRecordsTheWaitUntilTheCustomerGaveUp() {
        RoutedContact contact = waiting();

        contact.withdraw(true, NINE.plusSeconds(95));

        assertThat(contact.state()).isEqualTo(RoutingState.ABANDONED);
        assertThat(contact.state().isOpen()).isFalse();
        assertThat(contact.waited()).contains(Duration.ofSeconds(95));
        assertThatThrownBy(() -> contact.offer(1, NINE)).hasMessageContaining("only a waiting contact can be offered");
    }

    @Test
    void anAcceptedContactCannotBeWithdrawnFromUnderTheAgent() {
        RoutedContact contact = waiting();
        contact.offer(1, NINE);
        contact.accept(1, NINE);

        assertThatThrownBy(() -> contact.withdraw(false, NINE)).hasMessageContaining("only a waiting or offered");
    }
}
