/** Agents: their tier, skills, languages and channels, their status and the time-stamped log of it. */
package org.frontline.core.domain.agent;
