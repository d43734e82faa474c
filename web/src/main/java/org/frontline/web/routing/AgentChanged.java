package org.frontline.web.routing;

/** An agent's profile or status changed; observers that must see it committed observe after success. */
public record AgentChanged(long agentId) {}
