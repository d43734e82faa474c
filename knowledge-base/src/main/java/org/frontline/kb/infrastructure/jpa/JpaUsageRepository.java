package org.frontline.kb.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.kb.domain.article.ArticleStatus;
import org.frontline.kb.domain.usage.ArticleView;
import org.frontline.kb.domain.usage.CaseLink;
import org.frontline.kb.domain.usage.ContentGap;
import org.frontline.kb.domain.usage.SearchRecord;
import org.frontline.kb.domain.usage.Share;
import org.frontline.kb.domain.usage.UsageCounts;
import org.frontline.kb.domain.usage.UsageRepository;
import org.frontline.kb.domain.usage.Vote;
import org.frontline.kb.domain.usage.VoteTrend;

/** Article usage stored through Jakarta Persistence; the reports are aggregate queries, not rows read one by one. */
public class JpaUsageRepository implements UsageRepository {
    private final EntityManager em;

    public JpaUsageRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<CaseLink> link(long articleId, long caseId) {
        return em.createQuery(
                        "select l from CaseLink l where l.articleId = :article and l.caseId = :case", CaseLink.class)
                .setParameter("article", articleId)
                .setParameter("case", caseId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public CaseLink addLink(CaseLink link) {
        return written(link);
    }

    @Override
    public void removeLink(CaseLink link) {
        em.remove(link);
        em.flush();
    }

    @Override
    public Page<CaseLink> links(long articleId, PageRequest request) {
        return Page.of(
                em.createQuery(
                                "select l from CaseLink l where l.articleId = :article order by l.linkedAt desc, l.id"
                                        + " desc",
                                CaseLink.class)
                        .setParameter("article", articleId)
                        .setFirstResult(request.offset())
                        .setMaxResults(request.size())
                        .getResultList(),
                request,
                em.createQuery("select count(l) from CaseLink l where l.articleId = :article", Long.class)
                        .setParameter("article", articleId)
                        .getSingleResult());
    }

    @Override
    public List<CaseLink> linksOfCase(long caseId) {
        return em.createQuery(
                        "select l from CaseLink l where l.caseId = :case order by l.linkedAt, l.id", CaseLink.class)
                .setParameter("case", caseId)
                .getResultList();
    }

    @Override
    public Map<Long, List<Long>> linkedCases(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        return casesByArticle(em.createQuery(
                        "select l.articleId, l.caseId from CaseLink l where l.articleId in :articles", Object[].class)
                .setParameter("articles", articleIds));
    }

    @Override
    public Set<Long> linkedAmong(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(
                em.createQuery("select distinct l.caseId from CaseLink l where l.caseId in :cases", Long.class)
                        .setParameter("cases", caseIds)
                        .getResultList());
    }

    @Override
    public Map<Long, List<Long>> linksSince(Instant since) {
        return casesByArticle(em.createQuery(
                        "select l.articleId, l.caseId from CaseLink l where l.linkedAt >= :since", Object[].class)
                .setParameter("since", since));
    }

    /** The rows of a {@code select articleId, caseId} query, grouped by article. */
    private static Map<Long, List<Long>> casesByArticle(TypedQuery<Object[]> links) {
        return links.getResultStream()
                .collect(Collectors.groupingBy(
                        row -> (Long) row[0], Collectors.mapping(row -> (Long) row[1], Collectors.toList())));
    }

    @Override
    public Optional<Vote> vote(long articleId, String voter) {
        return em.createQuery("select v from Vote v where v.articleId = :article and v.voter = :voter", Vote.class)
                .setParameter("article", articleId)
                .setParameter("voter", voter)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Vote addVote(Vote vote) {
        return written(vote);
    }

    @Override
    public void addView(ArticleView view) {
        em.persist(view);
    }

    @Override
    public SearchRecord addSearch(SearchRecord search) {
        return written(search);
    }

    @Override
    public Optional<SearchRecord> search(long id) {
        return Optional.ofNullable(em.find(SearchRecord.class, id));
    }

    @Override
    public Map<Long, UsageCounts> counts(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> views = countsBy("ArticleView", articleIds);
        Map<Long, Long> links = countsBy("CaseLink", articleIds);
        Map<Long, long[]> votes = new HashMap<>();
        em.createQuery(
                        "select v.articleId, sum(case when v.helpful = true then 1 else 0 end),"
                                + " sum(case when v.helpful = true then 0 else 1 end)"
                                + " from Vote v where v.articleId in :articles group by v.articleId",
                        Object[].class)
                .setParameter("articles", articleIds)
                .getResultList()
                .forEach(row -> votes.put(
                        (Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
        Map<Long, UsageCounts> counts = new HashMap<>();
        for (Long id : articleIds) {
            long[] helpful = votes.getOrDefault(id, new long[2]);
            counts.put(
                    id,
                    new UsageCounts(views.getOrDefault(id, 0L), links.getOrDefault(id, 0L), helpful[0], helpful[1]));
        }
        return counts;
    }

    /** How many rows of the entity (one with an {@code articleId}) each of these articles has. */
    private Map<Long, Long> countsBy(String entity, Collection<Long> articleIds) {
        return em.createQuery(
                        "select e.articleId, count(e) from " + entity
                                + " e where e.articleId in :articles group by e.articleId",
                        Object[].class)
                .setParameter("articles", articleIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    @Override
    public Page<Long> publishedByUse(PageRequest request) {
        List<Long> ids = em.createQuery(
                        "select a.id, (select count(l) from CaseLink l where l.articleId = a.id) as links,"
                                + " (select count(v) from ArticleView v where v.articleId = a.id) as views"
                                + " from Article a where a.status = :published order by links desc, views desc, a.id",
                        Object[].class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultStream()
                .map(row -> (Long) row[0])
                .toList();
        long total = em.createQuery("select count(a) from Article a where a.status = :published", Long.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getSingleResult();
        return Page.of(ids, request, total);
    }

    @Override
    public List<Long> dueForReview(LocalDate today, int limit) {
        return em.createQuery(
                        "select a.id from Article a where a.status = :published and a.reviewBy < :today"
                                + " order by a.reviewBy, a.id",
                        Long.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("today", today)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<VoteTrend> voteTrends(Instant since) {
        return em.createQuery(
                        "select v.articleId,"
                                + " sum(case when v.votedAt < :since and v.helpful = true then 1 else 0 end),"
                                + " sum(case when v.votedAt < :since then 1 else 0 end),"
                                + " sum(case when v.votedAt >= :since and v.helpful = true then 1 else 0 end),"
                                + " sum(case when v.votedAt >= :since then 1 else 0 end)"
                                + " from Vote v group by v.articleId"
                                + " having min(v.votedAt) < :since and max(v.votedAt) >= :since",
                        Object[].class)
                .setParameter("since", since)
                .getResultStream()
                .map(row -> new VoteTrend(
                        (Long) row[0],
                        new Share(number(row[1]), number(row[2])),
                        new Share(number(row[3]), number(row[4]))))
                .toList();
    }

    @Override
    public long searchesSince(Instant since) {
        return em.createQuery("select count(s) from SearchRecord s where s.searchedAt >= :since", Long.class)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public List<ContentGap> noResultTopics(Instant since, long minSearches, int limit) {
        return em.createQuery(
                        "select s.topic, max(s.query), count(s), max(s.searchedAt) from SearchRecord s"
                                + " where s.hits = 0 and s.searchedAt >= :since group by s.topic"
                                + " having count(s) >= :min order by count(s) desc, s.topic",
                        Object[].class)
                .setParameter("since", since)
                .setParameter("min", minSearches)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new ContentGap((String) row[0], (String) row[1], number(row[2]), 0, (Instant) row[3]))
                .toList();
    }

    @Override
    public List<ContentGap> lowClickTopics(Instant since, long minSearches, double maxClickThrough, int limit) {
        return em.createQuery(
                        "select s.topic, max(s.query), count(distinct s.id), count(distinct v.searchId),"
                                + " max(s.searchedAt) from SearchRecord s left join ArticleView v on v.searchId = s.id"
                                + " where s.hits > 0 and s.searchedAt >= :since group by s.topic"
                                + " having count(distinct s.id) >= :min"
                                + " and count(distinct v.searchId) <= cast(:share as Double) * count(distinct s.id)"
                                + " order by count(distinct s.id) desc, s.topic",
                        Object[].class)
                .setParameter("since", since)
                .setParameter("min", minSearches)
                .setParameter("share", maxClickThrough)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new ContentGap(
                        (String) row[0], (String) row[1], number(row[2]), number(row[3]), (Instant) row[4]))
                .toList();
    }

    /** Persists and flushes at once, so a unique key speaks now and later rows in the transaction may name it. */
    private <T> T written(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
