package org.frontline.routing.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.routing.desk.QueueRule;
import org.frontline.routing.engine.RoutingQueue;
import org.frontline.routing.engine.WideningStep;

/**
 * The demo centre's queues, over the demo teams' skills, widening as centres usually configure them: a level of
 * proficiency after half a minute, English or the next tier after a minute or so, then overflow to the general line.
 */
public final class DemoQueues {
    private static final Duration ANSWER_TARGET = Duration.ofSeconds(20);

    private DemoQueues() {}

    /** In an order that can be stored one by one: a queue comes after those it overflows to. */
    public static List<QueueRule> rules() {
        return List.of(
                rule(new RoutingQueue("general", Map.of(), List.of())),
                rule(new RoutingQueue(
                        "billing",
                        Map.of("billing", 3),
                        List.of(
                                relief(30, 1),
                                new WideningStep(Duration.ofSeconds(60), 0, Optional.of("en"), true, Optional.empty()),
                                overflow(120, "general")))),
                rule(new RoutingQueue(
                        "technical",
                        Map.of("software", 3),
                        List.of(
                                relief(45, 1),
                                new WideningStep(
                                        Duration.ofSeconds(90), 0, Optional.empty(), true, Optional.empty())))),
                rule(new RoutingQueue("sales", Map.of("sales", 2), List.of(relief(30, 1), overflow(90, "general")))));
    }

    private static QueueRule rule(RoutingQueue queue) {
        return new QueueRule(queue, ANSWER_TARGET);
    }

    private static WideningStep relief(long seconds, int levels) {
        return new WideningStep(Duration.ofSeconds(seconds), levels, Optional.empty(), false, Optional.empty());
    }

    private static WideningStep overflow(long seconds, String queue) {
        return new WideningStep(Duration.ofSeconds(seconds), 0, Optional.empty(), false, Optional.of(queue));
    }
}
