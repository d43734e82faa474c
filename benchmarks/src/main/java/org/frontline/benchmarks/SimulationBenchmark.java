package org.frontline.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;
import org.frontline.routing.engine.AgentSelection;
import org.frontline.routing.engine.RoutableAgent;
import org.frontline.routing.engine.RoutingQueue;
import org.frontline.routing.engine.RoutingWeights;
import org.frontline.routing.engine.WideningStep;
import org.frontline.routing.simulation.ContactDemand;
import org.frontline.routing.simulation.Distribution;
import org.frontline.routing.simulation.QueueOutcome;
import org.frontline.routing.simulation.Scenario;
import org.frontline.routing.simulation.Shift;
import org.frontline.routing.simulation.Simulation;
import org.frontline.routing.simulation.SimulationResult;

/**
 * Times replications of a simulated day with 500 multi-skilled agents on three shifts, ten skill queues (each
 * relieving a level after 30 s and overflowing to a general line after 90 s), English and Spanish callers, about
 * 100,000 calls with log-normal handle times and exponential patience, every decision made by the routing engine;
 * prints milliseconds per replication and what the day looked like.
 *
 * <pre>{@code
 * ./mvnw -q -pl benchmarks -am compile exec:java -Dexec.mainClass=org.frontline.benchmarks.SimulationBenchmark
 * }</pre>
 */
public final class SimulationBenchmark {
    private static final int AGENTS = 500;
    private static final int SKILLS = 10;
    private static final int INTERVALS = 48;
    private static final double CONTACTS = 100_000;
    private static final int WARM_UP = 2;
    private static final int TIMED = 5;

    private SimulationBenchmark() {}

    public static void main(String[] args) {
        Scenario day = day();
        Simulation.run(day, WARM_UP, 1, done -> {});
        long start = System.nanoTime();
        SimulationResult result = Simulation.run(day, TIMED, 2, done -> {});
        double msPerDay = (System.nanoTime() - start) / 1e6 / TIMED;
        double offered =
                result.queues().stream().mapToDouble(q -> q.offered().mean()).sum();
        System.out.printf(
                "%d agents, %d queues, %.0f contacts a day: %.0f ms per replication (%d replications, %.0f decisions"
                        + " each), occupancy %.3f ± %.3f%n",
                AGENTS,
                day.queues().size(),
                offered,
                msPerDay,
                TIMED,
                (double) result.decisions() / TIMED,
                result.occupancy().mean(),
                result.occupancy().halfWidth());
        for (QueueOutcome queue : result.queues()) {
            System.out.printf(
                    "  %-8s offered %6.0f  SL %.3f ± %.3f  ASA %5.1f s  abandoned %.3f%n",
                    queue.queue(),
                    queue.offered().mean(),
                    queue.serviceLevel().mean(),
                    queue.serviceLevel().halfWidth(),
                    queue.averageSpeedOfAnswer().mean(),
                    queue.abandonment().mean());
        }
    }

    private static Scenario day() {
        SplittableRandom random = new SplittableRandom(2026);
        List<RoutingQueue> queues = new ArrayList<>();
        queues.add(RoutingQueue.plain("general"));
        List<ContactDemand> demand = new ArrayList<>();
        double[] profile = dayProfile();
        for (int s = 0; s < SKILLS; s++) {
            String skill = "skill-" + s;
            queues.add(new RoutingQueue(
                    skill,
                    Map.of(skill, 2),
                    List.of(
                            new WideningStep(Duration.ofSeconds(30), 1, Optional.empty(), false, Optional.empty()),
                            new WideningStep(
                                    Duration.ofSeconds(90), 0, Optional.empty(), false, Optional.of("general")))));
            double share = CONTACTS / SKILLS;
            demand.add(stream(skill, "en", scaled(profile, share * 0.9)));
            demand.add(stream(skill, "es", scaled(profile, share * 0.1)));
        }
        List<Shift> shifts = new ArrayList<>();
        int[] starts = {6, 10, 14};
        for (long id = 1; id <= AGENTS; id++) {
            Map<String, Integer> skills = new HashMap<>();
            skills.put("general", 3);
            for (int k = 0; k < 3; k++) {
                skills.put("skill-" + random.nextInt(SKILLS), 1 + random.nextInt(5));
            }
            Map<String, Integer> languages = new HashMap<>(Map.of("en", 5));
            if (random.nextDouble() < 0.2) {
                languages.put("es", 4);
            }
            RoutableAgent agent = new RoutableAgent(id, SupportTier.L1, skills, languages, Map.of(Channel.PHONE, 1));
            Duration start = Duration.ofHours(starts[(int) (id % starts.length)]);
            shifts.add(new Shift(agent, start, start.plusMinutes(510)));
        }
        return new Scenario(
                queues,
                demand,
                shifts,
                Duration.ofMinutes(30),
                INTERVALS,
                Duration.ofSeconds(20),
                AgentSelection.LONGEST_IDLE,
                RoutingWeights.standard());
    }

    private static ContactDemand stream(String skill, String language, double[] arrivals) {
        return new ContactDemand(
                skill,
                Channel.PHONE,
                Map.of(skill, 2),
                language,
                SupportTier.L1,
                arrivals,
                Distribution.LogNormal.withMean(120, 90),
                Optional.of(new Distribution.Exponential(180)));
    }

    /** The share of a day's contacts in each half-hour: none before 07:00 or after 22:00, a late-morning peak. */
    private static double[] dayProfile() {
        double[] weight = new double[INTERVALS];
        double total = 0;
        for (int i = 14; i < 44; i++) {
            double hour = i / 2.0;
            weight[i] = 1 + Math.exp(-Math.pow((hour - 11) / 2.5, 2)) + 0.6 * Math.exp(-Math.pow((hour - 16) / 2, 2));
            total += weight[i];
        }
        for (int i = 0; i < INTERVALS; i++) {
            weight[i] /= total;
        }
        return weight;
    }

    private static double[] scaled(double[] profile, double total) {
        double[] arrivals = new double[profile.length];
        for (int i = 0; i < profile.length; i++) {
            arrivals[i] = profile[i] * total;
        }
        return arrivals;
    }
}
