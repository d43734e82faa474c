/**
 * Compliance audits: a population of contacts defined as data, a sample drawn from it by a stated, seeded design in one
 * streaming pass, the sample shared out among analysts, and a report whose every number carries its uncertainty.
 */
package org.frontline.qualityaudit.audit;
