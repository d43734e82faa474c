package org.frontline.web.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.frontline.core.domain.kpi.KpiRollUp;
import org.frontline.core.domain.kpi.KpiService;
import org.frontline.core.domain.kpi.KpiSettings;
import org.frontline.core.domain.kpi.ShortAbandons;
import org.frontline.core.domain.kpi.cost.CostRateService;
import org.frontline.core.domain.kpi.repetition.RepetitionAnalysis;
import org.frontline.core.domain.kpi.targets.KpiTargetService;
import org.frontline.core.domain.pareto.ParetoAnalysis;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.team.TeamService;
import org.frontline.core.infrastructure.jpa.JpaCostRateRepository;
import org.frontline.core.infrastructure.jpa.JpaCustomerWeights;
import org.frontline.core.infrastructure.jpa.JpaKpiRollUpStore;
import org.frontline.core.infrastructure.jpa.JpaKpiSource;
import org.frontline.core.infrastructure.jpa.JpaKpiTargetRepository;
import org.frontline.core.infrastructure.jpa.JpaTopicSource;

/** Builds the KPI settings from configuration, and the KPI services over the container's persistence context. */
@ApplicationScoped
public class KpiServices {

    @PersistenceContext(unitName = "frontline")
    private EntityManager entityManager;

    /**
     * {@code FRONTLINE_KPI_ZONE} (UTC), {@code FRONTLINE_KPI_ANSWER_TARGETS} (seconds per channel,
     * {@code PHONE=20,CHAT=30,EMAIL=86400,WEB=86400}), {@code FRONTLINE_KPI_SHORT_ABANDON_SECONDS} (5),
     * {@code FRONTLINE_KPI_SHORT_ABANDONS} (EXCLUDE, COUNT_AS_MET or COUNT_AS_MISSED), {@code
     * FRONTLINE_KPI_REPEAT_DAYS} (7).
     */
    @Produces
    @Singleton
    KpiSettings settings(
            @ConfigProperty(name = "FRONTLINE_KPI_ZONE", defaultValue = "UTC") String zone,
            @ConfigProperty(
                            name = "FRONTLINE_KPI_ANSWER_TARGETS",
                            defaultValue = "PHONE=20,CHAT=30,EMAIL=86400,WEB=86400")
                    String targets,
            @ConfigProperty(name = "FRONTLINE_KPI_SHORT_ABANDON_SECONDS", defaultValue = "5") long shortAbandon,
            @ConfigProperty(name = "FRONTLINE_KPI_SHORT_ABANDONS", defaultValue = "EXCLUDE")
                    ShortAbandons shortAbandons,
            @ConfigProperty(name = "FRONTLINE_KPI_REPEAT_DAYS", defaultValue = "7") int repeatDays) {
        return new KpiSettings(
                answerTargets(targets),
                Duration.ofSeconds(shortAbandon),
                shortAbandons,
                Duration.ofDays(repeatDays),
                ZoneId.of(zone));
    }

    @Produces
    KpiService kpiService(KpiSettings settings, Clock clock) {
        return new KpiService(new JpaKpiSource(entityManager), settings, clock);
    }

    @Produces
    KpiRollUp kpiRollUp(KpiSettings settings, Clock clock) {
        return new KpiRollUp(new JpaKpiSource(entityManager), new JpaKpiRollUpStore(entityManager), settings, clock);
    }

    @Produces
    KpiTargetService kpiTargetService(TeamService teams, KpiService kpis) {
        return new KpiTargetService(new JpaKpiTargetRepository(entityManager), teams, kpis);
    }

    /** Rates in {@code FRONTLINE_KPI_CURRENCY} (EUR by default). */
    @Produces
    CostRateService costRateService(
            TeamService teams, @ConfigProperty(name = "FRONTLINE_KPI_CURRENCY", defaultValue = "EUR") String currency) {
        return new CostRateService(new JpaCostRateRepository(entityManager), teams, Currency.getInstance(currency));
    }

    @Produces
    ParetoAnalysis paretoAnalysis() {
        return new ParetoAnalysis(new JpaCustomerWeights(entityManager));
    }

    @Produces
    RepetitionAnalysis repetitionAnalysis(KpiService kpis) {
        return new RepetitionAnalysis(new JpaTopicSource(entityManager), kpis);
    }

    private static Map<Channel, Duration> answerTargets(String text) {
        Map<Channel, Duration> targets = new EnumMap<>(Channel.class);
        for (String pair : text.split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException(
                        "FRONTLINE_KPI_ANSWER_TARGETS must look like PHONE=20,CHAT=30,..., got '" + text + "'");
            }
            targets.put(Channel.valueOf(parts[0].strip()), Duration.ofSeconds(Long.parseLong(parts[1].strip())));
        }
        return targets;
    }
}
