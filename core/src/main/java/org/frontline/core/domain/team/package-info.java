/** Teams (queues) of agents and the service function each performs. */
package org.frontline.core.domain.team;
