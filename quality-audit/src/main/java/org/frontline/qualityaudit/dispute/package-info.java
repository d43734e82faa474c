/**
 * The reviewed agent's say: they acknowledge a review or dispute it, within a window, with a comment and the scores
 * they propose; an arbitrator who is neither the reviewer nor the agent upholds, partly accepts or overturns it.
 */
package org.frontline.qualityaudit.dispute;
