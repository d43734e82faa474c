/**
 * Feedback sessions: per agent and period, everything a team lead brings to the conversation (reviews and how the
 * agent answered them, calibration outcomes, coaching, training, observations, time by status), and the session's
 * record.
 */
package org.frontline.qualityaudit.feedback;
