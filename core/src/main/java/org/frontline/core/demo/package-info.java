/**
 * A seeded generator of a believable contact centre (customers with Pareto revenue and contact volume, agents across
 * the four service functions, months of contacts with weekday and hour seasonality), for the demo and for benchmarks.
 */
package org.frontline.core.demo;
