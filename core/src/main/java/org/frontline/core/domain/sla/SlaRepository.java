package org.frontline.core.domain.sla;

import java.util.Optional;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Stores and finds SLA policies and business calendars. */
public interface SlaRepository {

    Optional<SlaPolicy> findPolicy(long id);

    Optional<SlaPolicy> findPolicy(ValueTier tier, Priority priority);

    /** Policies by tier name, then priority. */
    Page<SlaPolicy> listPolicies(PageRequest request);

    SlaPolicy addPolicy(SlaPolicy policy);

    Optional<BusinessCalendar> findCalendar(long id);

    Optional<BusinessCalendar> findCalendar(String name);

    Page<BusinessCalendar> listCalendars(PageRequest request);

    BusinessCalendar addCalendar(BusinessCalendar calendar);

    void flush();
}
