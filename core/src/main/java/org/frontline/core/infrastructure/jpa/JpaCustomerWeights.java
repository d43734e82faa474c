package org.frontline.core.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.pareto.CustomerWeight;
import org.frontline.core.domain.pareto.CustomerWeights;
import org.frontline.core.domain.shared.Money;

/** Every customer with their inbound contacts in a period, counted by the database in one grouped query. */
public class JpaCustomerWeights implements CustomerWeights {
    private final EntityManager em;

    public JpaCustomerWeights(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public List<CustomerWeight> inPeriod(Instant from, Instant to) {
        List<?> rows = em.createNativeQuery("select cu.id, cu.name, cu.value_tier, cu.annual_revenue_amount,"
                        + " cu.annual_revenue_currency, coalesce(k.contacts, 0) from customer cu left join"
                        + " (select c.customer_id, count(*) as contacts from contact c where c.direction = 'INBOUND'"
                        + " and c.arrived_at >= :from and c.arrived_at < :to and c.customer_id is not null"
                        + " group by c.customer_id) k on k.customer_id = cu.id")
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        List<CustomerWeight> weights = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            Optional<Money> revenue = c[3] == null
                    ? Optional.empty()
                    : Optional.of(new Money((BigDecimal) c[3], Currency.getInstance(((String) c[4]).strip())));
            weights.add(new CustomerWeight(
                    ((Number) c[0]).longValue(),
                    (String) c[1],
                    ValueTier.valueOf((String) c[2]),
                    revenue,
                    ((Number) c[5]).longValue()));
        }
        return weights;
    }
}
