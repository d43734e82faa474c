package org.frontline.web.routing;

import java.util.List;
import java.util.Map;

/** The centre this moment, for wallboards: each queue's figures, and how many agents are in each working status. */
public record CentreNowResponse(List<QueueStatusResponse> queues, Map<String, Long> agentsByStatus) {}
