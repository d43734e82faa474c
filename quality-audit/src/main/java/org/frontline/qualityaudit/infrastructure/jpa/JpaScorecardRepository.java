package org.frontline.qualityaudit.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.qualityaudit.scorecard.ScorecardRepository;
import org.frontline.qualityaudit.scorecard.StoredScorecard;

/** Scorecard versions through Jakarta Persistence. */
public class JpaScorecardRepository implements ScorecardRepository {
    private final EntityManager em;

    public JpaScorecardRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<StoredScorecard> byId(long id) {
        return Optional.ofNullable(em.find(StoredScorecard.class, id));
    }

    @Override
    public Optional<StoredScorecard> find(String name, int version) {
        return em.createQuery(
                        "select s from StoredScorecard s where s.name = :name and s.versionNumber = :version",
                        StoredScorecard.class)
                .setParameter("name", name)
                .setParameter("version", version)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<StoredScorecard> latest(String name) {
        return em.createQuery(
                        "select s from StoredScorecard s where s.name = :name order by s.versionNumber desc",
                        StoredScorecard.class)
                .setParameter("name", name)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<StoredScorecard> latestOfEach() {
        return em.createQuery(
                        "select s from StoredScorecard s where s.versionNumber = (select max(o.versionNumber) from"
                                + " StoredScorecard o where o.name = s.name) order by s.name",
                        StoredScorecard.class)
                .getResultList();
    }

    @Override
    public StoredScorecard add(StoredScorecard scorecard) {
        em.persist(scorecard);
        em.flush();
        return scorecard;
    }
}
