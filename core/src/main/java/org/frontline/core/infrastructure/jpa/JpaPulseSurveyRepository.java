package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.domain.workforce.PulseAnswer;
import org.frontline.core.domain.workforce.PulseSurvey;
import org.frontline.core.domain.workforce.PulseSurveyRepository;

/** Pulse surveys and their answers through Jakarta Persistence. */
public class JpaPulseSurveyRepository extends JpaRepository<PulseSurvey> implements PulseSurveyRepository {

    public JpaPulseSurveyRepository(EntityManager em) {
        super(em, PulseSurvey.class);
    }

    @Override
    public Page<PulseSurvey> list(PageRequest request) {
        return page(new QueryConditions(), "e.closesOn desc, e.id desc", request);
    }

    @Override
    public void addAnswer(PulseAnswer answer) {
        em.persist(answer);
        em.flush();
    }

    @Override
    public boolean answered(long surveyId, long agentId) {
        return !em.createQuery(
                        "select a.agentId from PulseAnswer a where a.surveyId = :survey and a.agentId = :agent",
                        Long.class)
                .setParameter("survey", surveyId)
                .setParameter("agent", agentId)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<ScoreCount> scores(long surveyId) {
        return em.createQuery(
                        "select a.teamId, a.score, count(a) from PulseAnswer a where a.surveyId = :survey"
                                + " group by a.teamId, a.score",
                        Object[].class)
                .setParameter("survey", surveyId)
                .getResultStream()
                .map(row -> new ScoreCount(
                        ((Number) row[0]).longValue(), ((Number) row[1]).intValue(), ((Number) row[2]).longValue()))
                .toList();
    }
}
