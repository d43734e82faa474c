package org.frontline.web.sla;

import org.frontline.core.domain.sla.SlaPolicy;
import org.frontline.core.domain.sla.SlaPolicy.SlaTargets;

/** An SLA policy as the API returns it. */
public record SlaPolicyResponse(
        long id,
        long version,
        String valueTier,
        String priority,
        long firstResponseMinutes,
        long nextResponseMinutes,
        long resolutionMinutes,
        int warningPercent,
        long calendarId,
        String calendarName) {

    static SlaPolicyResponse from(SlaPolicy policy) {
        SlaTargets targets = policy.targets();
        return new SlaPolicyResponse(
                policy.id(),
                policy.version(),
                policy.valueTier().name(),
                policy.priority().name(),
                targets.firstResponse().toMinutes(),
                targets.nextResponse().toMinutes(),
                targets.resolution().toMinutes(),
                targets.warningPercent(),
                policy.calendar().id(),
                policy.calendar().name());
    }
}
