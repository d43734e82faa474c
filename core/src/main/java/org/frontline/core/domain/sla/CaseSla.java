package org.frontline.core.domain.sla;

/** A case's SLA now: which policy applies and where each of its targets stands. */
public record CaseSla(long caseId, long policyId, String calendar, SlaMeasure firstResponse, SlaMeasure resolution) {}
