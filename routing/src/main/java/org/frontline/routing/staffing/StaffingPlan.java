package org.frontline.routing.staffing;

/**
 * The staff one interval needs.
 *
 * @param traffic the offered load in Erlangs
 * @param requiredAgents the fewest agents taking contacts that meet the target
 * @param scheduledAgents agents to schedule so that, after shrinkage (breaks, training, absence), the required ones
 *     are on the phones
 * @param performance how the interval performs with the required agents
 */
public record StaffingPlan(double traffic, int requiredAgents, int scheduledAgents, QueuePerformance performance) {}
