package org.frontline.web.cases;

import java.time.Instant;
import org.frontline.core.domain.sla.CaseSla;
import org.frontline.core.domain.sla.SlaMeasure;

/**
 * A case's SLA as the API returns it; durations are ISO-8601 strings such as PT7H30M; no next response while no customer
 * reply waits.
 */
public record CaseSlaResponse(
        long caseId, long policyId, String calendar, Target firstResponse, Target nextResponse, Target resolution) {

    /** One target now. */
    public record Target(String target, String state, Instant dueAt, String elapsed, String remaining, Instant doneAt) {

        static Target from(SlaMeasure m) {
            return new Target(
                    m.target().toString(),
                    m.state().name(),
                    m.dueAt(),
                    m.elapsed().toString(),
                    m.remaining().toString(),
                    m.doneAt());
        }
    }

    static CaseSlaResponse from(CaseSla sla) {
        return new CaseSlaResponse(
                sla.caseId(),
                sla.policyId(),
                sla.calendar(),
                Target.from(sla.firstResponse()),
                sla.nextResponse() == null ? null : Target.from(sla.nextResponse()),
                Target.from(sla.resolution()));
    }
}
