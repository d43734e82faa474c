package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.customer.Customer;
import org.frontline.core.domain.customer.CustomerRepository;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Customers stored through Jakarta Persistence. */
public class JpaCustomerRepository implements CustomerRepository {
    private final EntityManager em;

    public JpaCustomerRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<Customer> findById(long id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    @Override
    public Page<Customer> list(PageRequest request) {
        List<Customer> items = em.createQuery("select c from Customer c order by c.name, c.id", Customer.class)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        long total =
                em.createQuery("select count(c) from Customer c", Long.class).getSingleResult();
        return Page.of(items, request, total);
    }

    @Override
    public Customer add(Customer customer) {
        em.persist(customer);
        return customer;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
