package org.frontline.web.workforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.kpi.KpiSettings;
import org.frontline.core.domain.team.TeamService;
import org.frontline.core.domain.workforce.PulseSurveyService;
import org.frontline.core.domain.workforce.TurnoverAnalysis;
import org.frontline.core.infrastructure.jpa.JpaPulseSurveyRepository;
import org.frontline.core.infrastructure.jpa.JpaTenures;
import org.frontline.qualityaudit.competency.CompetencyStandardService;
import org.frontline.qualityaudit.competency.SpeedToCompetency;
import org.frontline.qualityaudit.infrastructure.jpa.JpaCompetencySource;
import org.frontline.qualityaudit.infrastructure.jpa.JpaCompetencyStandardRepository;

/** Builds the employee-metric services over the container's persistence context, on the centre's time zone. */
@ApplicationScoped
public class WorkforceServices {

    @PersistenceContext(unitName = "frontline")
    private EntityManager entityManager;

    @Produces
    TurnoverAnalysis turnoverAnalysis() {
        return new TurnoverAnalysis(new JpaTenures(entityManager));
    }

    @Produces
    PulseSurveyService pulseSurveyService(AgentService agents, KpiSettings settings, Clock clock) {
        return new PulseSurveyService(
                new JpaPulseSurveyRepository(entityManager),
                agents,
                new JpaTenures(entityManager),
                settings.zone(),
                clock);
    }

    @Produces
    CompetencyStandardService competencyStandardService(TeamService teams, Clock clock) {
        return new CompetencyStandardService(new JpaCompetencyStandardRepository(entityManager), teams, clock);
    }

    @Produces
    SpeedToCompetency speedToCompetency(KpiSettings settings, Clock clock) {
        return new SpeedToCompetency(
                new JpaTenures(entityManager),
                new JpaCompetencySource(entityManager),
                new JpaCompetencyStandardRepository(entityManager),
                settings.zone(),
                clock);
    }
}
