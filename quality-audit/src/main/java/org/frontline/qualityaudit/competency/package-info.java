/**
 * Speed to competency (seed 001): how many days after their hire date new agents first meet their team's standard,
 * a QA score and a handle time at once, week by week since hire.
 */
package org.frontline.qualityaudit.competency;
