package org.frontline.routing.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.frontline.core.domain.contact.InboundWork;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.routing.planning.PlanningHistory;
import org.frontline.routing.planning.StatusStretch;
import org.junit.jupiter.api.Test;

/** Handle times fitted from history: answered contacts only, and never from too few. */
class HandleTimesTest {
    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");

    private static PlanningHistory history(List<InboundWork> contacts) {
        return new PlanningHistory() {
            @Override
            public void forEachInbound(
                    Instant from, Instant to, Optional<Channel> channel, Consumer<InboundWork> each) {
                contacts.forEach(each);
            }

            @Override
            public void forEachStretch(Instant from, Instant to, Consumer<StatusStretch> each) {}
        };
    }

    @Test
    void fitsTheAnsweredContactsAndIgnoresTheAbandoned() {
        Distribution.LogNormal truth = Distribution.LogNormal.withMean(240, 120);
        SplittableRandom random = new SplittableRandom(11);
        List<InboundWork> contacts = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            contacts.add(new InboundWork(FROM, true, Math.round(truth.sample(random))));
            contacts.add(new InboundWork(FROM, false, 0));
        }

        Distribution.LogNormal fitted = HandleTimes.fitted(history(contacts), Channel.PHONE, FROM, TO);

        assertThat(fitted.mean()).isCloseTo(240, within(8.0));
    }

    @Test
    void refusesToFitAHandfulOfContacts() {
        List<InboundWork> few = List.of(new InboundWork(FROM, true, 200), new InboundWork(FROM, true, 300));

        assertThatThrownBy(() -> HandleTimes.fitted(history(few), Channel.CHAT, FROM, TO))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("holds 2 answered CHAT contacts");
    }
}
