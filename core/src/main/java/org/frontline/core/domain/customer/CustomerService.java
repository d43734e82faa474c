package org.frontline.core.domain.customer;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.domain.shared.StaleVersionException;

/** Registers customers and keeps their profiles current without ever losing a concurrent edit. */
public class CustomerService {
    private static final String KIND = "customer";

    private final CustomerRepository customers;
    private final CustomerSearch search;
    private final Clock clock;

    public CustomerService(CustomerRepository customers, CustomerSearch search, Clock clock) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.search = Objects.requireNonNull(search, "search");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Customer register(CustomerProfile profile) {
        return customers.add(new Customer(profile, now()));
    }

    public Customer get(long id) {
        return customers.findById(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    public Page<Customer> list(PageRequest request) {
        return customers.list(request);
    }

    /** Customers matching what an agent typed, best first; blank text lists everyone by name. */
    public Page<Customer> find(String text, PageRequest request) {
        return text == null || text.isBlank() ? list(request) : search.find(text.strip(), request);
    }

    /**
     * Applies a profile edited from {@code expectedVersion}.
     *
     * @throws StaleVersionException when the customer changed since the caller read it
     */
    public Customer revise(long id, long expectedVersion, CustomerProfile profile) {
        Customer customer = get(id);
        StaleVersionException.requireCurrent(KIND, id, expectedVersion, customer.version());
        customer.revise(profile, now());
        customers.flush();
        return customer;
    }

    /** What a re-tiering did: customers looked at, how many changed tier, how many had no comparable revenue. */
    public record RetierSummary(long checked, long changed, long skipped) {}

    /** Gives every customer the tier its revenue earns under the thresholds, a page at a time. */
    public RetierSummary retier(TierThresholds thresholds) {
        long checked = 0;
        long changed = 0;
        long skipped = 0;
        Instant now = now();
        for (int page = 0; ; page++) {
            Page<Customer> customersOnPage = customers.list(new PageRequest(page, PageRequest.MAX_SIZE));
            for (Customer customer : customersOnPage.items()) {
                checked++;
                if (customer.profile()
                        .annualRevenue()
                        .filter(thresholds::applyTo)
                        .isEmpty()) {
                    skipped++;
                } else if (customer.retier(thresholds, now)) {
                    changed++;
                }
            }
            customers.flush();
            if (page + 1 >= customersOnPage.totalPages()) {
                return new RetierSummary(checked, changed, skipped);
            }
        }
    }

    /** Microseconds are what both databases keep, so what we return equals what we read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
