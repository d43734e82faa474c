/**
 * Routing over REST: contacts entering routing and their offers, agents' work, queues and their rules, the decision
 * log; plus the desk's start-up rebuild, its clock tick, and keeping it in step with agents changed elsewhere.
 */
package org.frontline.web.routing;
