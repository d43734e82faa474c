/**
 * A discrete-event simulation of the centre over a day: contacts arrive by Poisson processes per interval, agents
 * work their shifts, customers lose patience, and the real routing engine makes every decision. Replications with
 * different random numbers give each figure a confidence interval.
 */
package org.frontline.routing.simulation;
