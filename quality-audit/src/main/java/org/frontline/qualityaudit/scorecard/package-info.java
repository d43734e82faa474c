/**
 * Scorecards and the score of a review: sections and criteria with weights, scales, critical items that fail a
 * section or the whole review, N/A answers that re-normalise the weights, and bonus items.
 */
package org.frontline.qualityaudit.scorecard;
