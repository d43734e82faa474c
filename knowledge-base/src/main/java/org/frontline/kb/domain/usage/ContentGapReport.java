package org.frontline.kb.domain.usage;

import java.time.Instant;
import java.util.List;

/**
 * The content-gap report: what readers looked for since a moment and did not find (no result) or did not take (low
 * click-through), most searched first.
 */
public record ContentGapReport(Instant since, long searches, List<ContentGap> noResult, List<ContentGap> lowClick) {}
