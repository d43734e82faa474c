package org.frontline.core.domain.pareto;

import java.time.Instant;
import java.util.List;

/** Every customer with the inbound contacts they made in [from, to), summed by the database. */
public interface CustomerWeights {
    List<CustomerWeight> inPeriod(Instant from, Instant to);
}
