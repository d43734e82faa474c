package org.frontline.core.domain.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.cases.CaseService;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.DuplicateException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.domain.shared.StaleVersionException;
import org.frontline.core.domain.sla.SlaPolicy.SlaTargets;

/** Defines SLA policies and business calendars, and measures a case against the policy that applies to it. */
public class SlaService {
    private static final String POLICY = "SLA policy";
    private static final String CALENDAR = "business calendar";

    private final SlaRepository slas;
    private final CaseService cases;
    private final Clock clock;

    public SlaService(SlaRepository slas, CaseService cases, Clock clock) {
        this.slas = Objects.requireNonNull(slas, "slas");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public BusinessCalendar defineCalendar(String name, ZoneId zone, Set<WorkingHours> hours, Set<Holiday> holidays) {
        slas.findCalendar(name.strip()).ifPresent(c -> {
            throw new DuplicateException(CALENDAR, "name", name.strip());
        });
        return slas.addCalendar(new BusinessCalendar(name, zone, hours, holidays));
    }

    public BusinessCalendar redefineCalendar(
            long id, long expectedVersion, String name, ZoneId zone, Set<WorkingHours> hours, Set<Holiday> holidays) {
        BusinessCalendar calendar = calendar(id);
        StaleVersionException.requireCurrent(CALENDAR, id, expectedVersion, calendar.version());
        slas.findCalendar(name.strip()).filter(other -> !other.id().equals(id)).ifPresent(c -> {
            throw new DuplicateException(CALENDAR, "name", name.strip());
        });
        calendar.redefine(name, zone, hours, holidays);
        slas.flush();
        return calendar;
    }

    public BusinessCalendar calendar(long id) {
        return slas.findCalendar(id).orElseThrow(() -> new NotFoundException(CALENDAR, id));
    }

    public Page<BusinessCalendar> calendars(PageRequest request) {
        return slas.listCalendars(request);
    }

    /** Sets the targets for one tier and priority, creating the policy or replacing its targets. */
    public SlaPolicy definePolicy(ValueTier tier, Priority priority, SlaTargets targets, long calendarId) {
        BusinessCalendar calendar = calendar(calendarId);
        slas.findPolicy(tier, priority).ifPresent(p -> {
            throw new DuplicateException(POLICY, "tier and priority", tier + " " + priority);
        });
        return slas.addPolicy(new SlaPolicy(tier, priority, targets, calendar));
    }

    public SlaPolicy retarget(long id, long expectedVersion, SlaTargets targets, long calendarId) {
        SlaPolicy policy = policy(id);
        StaleVersionException.requireCurrent(POLICY, id, expectedVersion, policy.version());
        policy.retarget(targets, calendar(calendarId));
        slas.flush();
        return policy;
    }

    public SlaPolicy policy(long id) {
        return slas.findPolicy(id).orElseThrow(() -> new NotFoundException(POLICY, id));
    }

    public Page<SlaPolicy> policies(PageRequest request) {
        return slas.listPolicies(request);
    }

    /** Where the case stands against the policy for its customer's tier and its priority. */
    public CaseSla measure(long caseId) {
        Case supportCase = cases.get(caseId);
        ValueTier tier = supportCase.customer().valueTier();
        Priority priority = supportCase.details().priority();
        SlaPolicy policy = slas.findPolicy(tier, priority)
                .orElseThrow(() -> new NotFoundException(POLICY, "for " + tier + " customers' " + priority + " cases"));
        List<TimeWindow> pauses = SlaPauses.from(cases.history(caseId));
        SlaEvaluator evaluator =
                new SlaEvaluator(policy.calendar(), policy.targets().warningPercent());
        Instant now = clock.instant();
        Map<SlaTarget, SlaMeasure> measures = new EnumMap<>(SlaTarget.class);
        for (TargetClock target : TargetClock.of(supportCase, policy.targets())) {
            measures.put(target.target(), target.measure(evaluator, pauses, now));
        }
        return new CaseSla(
                caseId,
                policy.id(),
                policy.calendar().name(),
                measures.get(SlaTarget.FIRST_RESPONSE),
                measures.get(SlaTarget.NEXT_RESPONSE),
                measures.get(SlaTarget.RESOLUTION));
    }
}
