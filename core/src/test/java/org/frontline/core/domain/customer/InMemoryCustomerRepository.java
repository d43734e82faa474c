package org.frontline.core.domain.customer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/**
 * A repository and search in a list, for unit tests of the services; ids are the list position + 1 and search is a
 * substring match on the name.
 */
class InMemoryCustomerRepository implements CustomerRepository, CustomerSearch {
    private final List<Customer> customers = new ArrayList<>();
    int flushes;

    @Override
    public Optional<Customer> findById(long id) {
        return id >= 1 && id <= customers.size() ? Optional.of(customers.get((int) id - 1)) : Optional.empty();
    }

    @Override
    public Page<Customer> list(PageRequest request) {
        List<Customer> sorted = customers.stream()
                .sorted(Comparator.comparing(Customer::name))
                .skip(request.offset())
                .limit(request.size())
                .toList();
        return Page.of(sorted, request, customers.size());
    }

    @Override
    public Page<Customer> find(String text, PageRequest request) {
        List<Customer> found =
                customers.stream().filter(c -> c.name().contains(text)).toList();
        return Page.of(
                found.stream().skip(request.offset()).limit(request.size()).toList(), request, found.size());
    }

    @Override
    public Customer add(Customer customer) {
        customers.add(customer);
        return customer;
    }

    @Override
    public void flush() {
        flushes++;
    }
}
