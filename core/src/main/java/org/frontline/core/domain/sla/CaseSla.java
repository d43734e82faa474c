package org.frontline.core.domain.sla;

/**
 * A case's SLA now: which policy applies and where each of its targets stands.
 *
 * @param nextResponse the answer to the customer's latest reply; null while no reply waits for an agent
 */
public record CaseSla(
        long caseId,
        long policyId,
        String calendar,
        SlaMeasure firstResponse,
        SlaMeasure nextResponse,
        SlaMeasure resolution) {}
