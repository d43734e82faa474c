package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import org.frontline.core.domain.customer.Customer;
import org.frontline.core.domain.customer.CustomerRepository;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Customers stored through Jakarta Persistence. */
public class JpaCustomerRepository extends JpaRepository<Customer> implements CustomerRepository {

    public JpaCustomerRepository(EntityManager em) {
        super(em, Customer.class);
    }

    @Override
    public Page<Customer> list(PageRequest request) {
        return page(new QueryConditions(), "e.name, e.id", request);
    }
}
