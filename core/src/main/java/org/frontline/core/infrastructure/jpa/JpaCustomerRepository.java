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
        return page(
                em.createQuery("select c from Customer c order by c.name, c.id", Customer.class),
                em.createQuery("select count(c) from Customer c", Long.class),
                request);
    }
}
