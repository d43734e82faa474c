package org.frontline.routing.desk;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.routing.engine.RoutingQueue;

/**
 * A routing queue as administrators define it and the database keeps it: its skills, its widening steps, and the
 * answer target its service level is measured against.
 */
@Entity
@Table(name = "routing_queue")
public class QueueRule {
    /** The longest queue name. */
    public static final int MAX_NAME = 60;

    @Id
    @Column(length = MAX_NAME)
    private String name;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "routing_queue_skill", joinColumns = @JoinColumn(name = "queue_name"))
    @MapKeyColumn(name = "skill", length = 60)
    @Column(name = "proficiency", nullable = false)
    private Map<String, Integer> skills = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "routing_queue_step", joinColumns = @JoinColumn(name = "queue_name"))
    @OrderColumn(name = "position")
    private List<StepRule> steps = new ArrayList<>();

    @Column(name = "answer_target_seconds", nullable = false)
    private long answerTargetSeconds;

    /** For Jakarta Persistence only. */
    protected QueueRule() {}

    public QueueRule(RoutingQueue queue, Duration answerTarget) {
        this.name = queue.name();
        revise(queue, answerTarget);
    }

    /** Replaces the skills, steps and answer target (the name stays). */
    public void revise(RoutingQueue queue, Duration answerTarget) {
        if (!queue.name().equals(name)) {
            throw new IllegalArgumentException("queue " + name + " cannot become " + queue.name());
        }
        skills.clear();
        skills.putAll(queue.skills());
        steps.clear();
        queue.steps().forEach(step -> steps.add(new StepRule(step)));
        this.answerTargetSeconds = answerTarget.toSeconds();
    }

    /** The queue as the engine takes it. */
    public RoutingQueue queue() {
        return new RoutingQueue(name, skills, steps.stream().map(StepRule::step).toList());
    }

    public String name() {
        return name;
    }

    public long version() {
        return version;
    }

    /** Service level counts contacts answered within this wait. */
    public Duration answerTarget() {
        return Duration.ofSeconds(answerTargetSeconds);
    }
}
