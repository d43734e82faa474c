/**
 * Calibration: several analysts score the same contacts independently, and the agreement between them is measured
 * chance-corrected (Krippendorff's alpha, Fleiss' kappa, the intraclass correlation) with bootstrap intervals, along
 * with each rater's bias and the contacts they disagree on most.
 */
package org.frontline.qualityaudit.calibration;
