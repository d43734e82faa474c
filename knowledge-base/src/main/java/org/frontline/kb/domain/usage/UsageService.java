package org.frontline.kb.domain.usage;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.article.ArticleRepository;
import org.frontline.kb.domain.search.Readers;

/**
 * Records how articles are used: agents link the article that solved a case, readers vote and read, and searches are
 * kept with what they found, so the effectiveness and content-gap reports have evidence to stand on.
 */
public class UsageService {
    private final ArticleRepository articles;
    private final UsageRepository usage;
    private final CaseOutcomes cases;
    private final Clock clock;

    public UsageService(ArticleRepository articles, UsageRepository usage, CaseOutcomes cases, Clock clock) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.usage = Objects.requireNonNull(usage, "usage");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Says the article solved the case; saying it twice keeps the first link. */
    public CaseLink link(long articleId, long caseId, String agent) {
        requireArticle(articleId);
        if (!cases.exists(caseId)) {
            throw new NotFoundException("case", caseId);
        }
        return usage.link(articleId, caseId)
                .orElseGet(() -> usage.addLink(new CaseLink(articleId, caseId, name("linkedBy", agent), now())));
    }

    /** Takes back a link made by mistake. */
    public void unlink(long articleId, long caseId) {
        requireArticle(articleId);
        usage.removeLink(usage.link(articleId, caseId)
                .orElseThrow(() -> new NotFoundException("link of article " + articleId + " to case", caseId)));
    }

    public Page<CaseLink> links(long articleId, PageRequest request) {
        requireArticle(articleId);
        return usage.links(articleId, request);
    }

    public List<CaseLink> linksOfCase(long caseId) {
        if (!cases.exists(caseId)) {
            throw new NotFoundException("case", caseId);
        }
        return usage.linksOfCase(caseId);
    }

    /** A reader's vote; a named voter's second vote replaces the first. */
    public Vote vote(long articleId, boolean helpful, Optional<String> voter) {
        requireArticle(articleId);
        Optional<String> named =
                voter.map(String::strip).filter(v -> !v.isEmpty()).map(v -> name("voter", v));
        if (named.isPresent()) {
            Optional<Vote> earlier = usage.vote(articleId, named.get());
            if (earlier.isPresent()) {
                earlier.get().change(helpful, now());
                return earlier.get();
            }
        }
        return usage.addVote(new Vote(articleId, named, helpful, now()));
    }

    /** Counts a reading of the article; with the search it came from, that search's click. */
    public void view(long articleId, Optional<Long> searchId) {
        requireArticle(articleId);
        searchId.ifPresent(id -> usage.search(id)
                .orElseThrow(() -> new InvalidValueException("searchId", "no search " + id + " was recorded")));
        usage.addView(new ArticleView(articleId, searchId, now()));
    }

    /** Keeps a search and how many articles it found; its id lets a later view count as its click. */
    public SearchRecord recordSearch(
            String query, String topic, Optional<ArticleLanguage> language, Readers readers, long hits) {
        return usage.addSearch(new SearchRecord(query, topic, language, readers, hits, now()));
    }

    private void requireArticle(long articleId) {
        if (articles.findById(articleId).isEmpty()) {
            throw new NotFoundException("article", articleId);
        }
    }

    private static String name(String field, String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty() || name.length() > CaseLink.MAX_NAME) {
            throw new InvalidValueException(field, "is required, at most " + CaseLink.MAX_NAME + " characters");
        }
        return name;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
