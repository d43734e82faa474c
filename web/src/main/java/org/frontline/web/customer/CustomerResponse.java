package org.frontline.web.customer;

import java.time.Instant;
import org.frontline.core.domain.customer.Customer;
import org.frontline.core.domain.customer.CustomerProfile;

/** A customer as the API returns it; send {@code version} back when you update it. */
public record CustomerResponse(
        long id,
        long version,
        String name,
        String email,
        String phone,
        String preferredLanguage,
        String timeZone,
        String valueTier,
        MoneyPayload annualRevenue,
        Long contactCount,
        Instant createdAt,
        Instant updatedAt) {

    static CustomerResponse from(Customer customer) {
        return from(customer, null);
    }

    /** With the number of contacts the customer has made, which only the single-customer view counts. */
    static CustomerResponse from(Customer customer, Long contactCount) {
        CustomerProfile profile = customer.profile();
        return new CustomerResponse(
                customer.id(),
                customer.version(),
                profile.name(),
                profile.email(),
                profile.phone(),
                profile.preferredLanguage().toLanguageTag(),
                profile.timeZone().getId(),
                profile.valueTier().name(),
                profile.annualRevenue().map(MoneyPayload::from).orElse(null),
                contactCount,
                customer.createdAt(),
                customer.updatedAt());
    }
}
