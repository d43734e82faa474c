/**
 * Coaching and training: failed critical items and low-scoring criteria open coaching tasks for the agent's team,
 * with the evidence; training records raise an agent's skill or channel proficiency once a team lead confirms them.
 */
package org.frontline.qualityaudit.coaching;
