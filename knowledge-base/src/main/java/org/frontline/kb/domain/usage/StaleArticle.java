package org.frontline.kb.domain.usage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A published article flagged for review, and why. */
public record StaleArticle(
        long articleId, String title, String owner, Optional<LocalDate> reviewBy, List<StaleFinding> findings) {}
