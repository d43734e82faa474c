package org.frontline.routing.desk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.frontline.core.domain.shared.Channel;
import org.frontline.routing.engine.Decision;
import org.frontline.routing.engine.Explanation;

/** One logged routing decision, so a supervisor can ask afterwards why a contact went to an agent. */
@Entity
@Table(name = "routing_decision")
public class RoutingDecision {
    private static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routing_decision_seq")
    @SequenceGenerator(name = "routing_decision_seq", sequenceName = "routing_decision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "contact_id", nullable = false)
    private long contactId;

    @Column(name = "agent_id", nullable = false)
    private long agentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_trigger", nullable = false, length = 20)
    private Decision.Trigger trigger;

    @Column(nullable = false, length = 1000)
    private String requirement;

    /** The candidates weighed, one per line, best first. */
    @Column(nullable = false, length = MAX_TEXT)
    private String candidates;

    @Column(nullable = false, length = 1000)
    private String why;

    /** For Jakarta Persistence only. */
    protected RoutingDecision() {}

    public RoutingDecision(Decision decision) {
        this.contactId = decision.contactId();
        this.agentId = decision.agentId();
        this.channel = decision.channel();
        this.decidedAt = decision.at();
        this.trigger = decision.trigger();
        this.requirement = clip(decision.requirement(), 1000);
        this.candidates = clip(String.join("\n", decision.candidates()), MAX_TEXT);
        this.why = clip(decision.why(), 1000);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The decision as the engine made it. */
    public Decision decision() {
        List<String> weighed = candidates.isEmpty() ? List.of() : Arrays.asList(candidates.split("\n"));
        return new Decision(
                contactId, agentId, channel, decidedAt, trigger, Explanation.written(requirement, weighed, why));
    }
}
