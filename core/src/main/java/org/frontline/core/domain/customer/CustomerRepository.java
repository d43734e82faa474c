package org.frontline.core.domain.customer;

import java.util.Optional;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Stores and finds customers; implemented by the persistence layer. */
public interface CustomerRepository {

    Optional<Customer> findById(long id);

    /** Customers ordered by name (then id, so pages are stable). */
    Page<Customer> list(PageRequest request);

    /** Makes a new customer persistent and assigns its id. */
    Customer add(Customer customer);

    /**
     * Writes pending changes now, so a concurrent update is detected inside the caller's transaction
     * rather than at commit.
     */
    void flush();
}
