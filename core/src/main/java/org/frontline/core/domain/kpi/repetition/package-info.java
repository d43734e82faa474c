/**
 * Repetition analysis: what customers contact the centre about most (contact reason codes as topics), how each topic
 * trends, which topics new accounts bring, and the training needs they imply (topics a team resolves less often at
 * first contact, or handles more slowly, than its other topics).
 */
package org.frontline.core.domain.kpi.repetition;
