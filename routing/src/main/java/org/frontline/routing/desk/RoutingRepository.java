package org.frontline.routing.desk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where the routing desk keeps contacts in routing, its decision log and its queues. */
public interface RoutingRepository {

    Optional<RoutedContact> contact(long contactId);

    void add(RoutedContact contact);

    /** The contacts routing still holds (waiting, offered or accepted), earliest arrival first. */
    List<RoutedContact> open();

    /** The contacts offered to or accepted by this agent, earliest offer first. */
    List<RoutedContact> heldBy(long agentId);

    /** The contacts offered before this instant and not yet accepted or rejected. */
    List<RoutedContact> offeredBefore(Instant instant);

    /** The case's contacts waiting in routing, earliest arrival first. */
    List<RoutedContact> waitingForCase(long caseId);

    void record(RoutingDecision decision);

    /** The decisions about this contact, earliest first. */
    List<RoutingDecision> decisions(long contactId);

    List<QueueRule> queues();

    Optional<QueueRule> queue(String name);

    void add(QueueRule queue);

    void remove(QueueRule queue);

    /** What each queue has waiting now and how it has answered since {@code since}, by the queue a contact entered. */
    List<QueueFigures> figures(Instant since, Instant now);

    /** Which of these skills some agent has (routing refuses to ask for any other). */
    Set<String> knownSkills(Set<String> among);

    /** Writes pending changes now, so a conflict surfaces inside the caller's decision. */
    void flush();
}
