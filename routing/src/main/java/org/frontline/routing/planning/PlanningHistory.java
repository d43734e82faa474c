package org.frontline.routing.planning;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.frontline.core.domain.agent.AgentRepository;
import org.frontline.core.domain.contact.ContactRepository;
import org.frontline.core.domain.contact.InboundWork;
import org.frontline.core.domain.shared.Channel;

/** The history a week plan learns from: inbound contacts and the agents' status log over a window. */
public interface PlanningHistory {

    /** Each inbound contact that arrived in [from, to), of the channel when one is given. */
    void forEachInbound(Instant from, Instant to, Optional<Channel> channel, Consumer<InboundWork> each);

    /** Each closed stretch of any agent's status log that overlaps [from, to). */
    void forEachStretch(Instant from, Instant to, Consumer<StatusStretch> each);

    /** The history the centre's repositories hold. */
    static PlanningHistory of(ContactRepository contacts, AgentRepository agents) {
        return new PlanningHistory() {
            @Override
            public void forEachInbound(
                    Instant from, Instant to, Optional<Channel> channel, Consumer<InboundWork> each) {
                contacts.forEachInbound(from, to, channel, each);
            }

            @Override
            public void forEachStretch(Instant from, Instant to, Consumer<StatusStretch> each) {
                agents.forEachStatusInterval(
                        from, to, i -> each.accept(new StatusStretch(i.status(), i.startedAt(), i.endedAt())));
            }
        };
    }
}
