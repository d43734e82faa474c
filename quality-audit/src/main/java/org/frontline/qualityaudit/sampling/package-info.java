/**
 * Sampling designed, not guessed: sample sizes for a target margin of error, confidence intervals for proportions
 * that stay honest on small samples, and seeded, reproducible draws in one streaming pass.
 */
package org.frontline.qualityaudit.sampling;
