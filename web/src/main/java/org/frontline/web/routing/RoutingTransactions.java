package org.frontline.web.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.frontline.routing.desk.Transactions;

/** The routing desk's transactions: each change in a JTA transaction of its own, whatever the caller runs in. */
@ApplicationScoped
public class RoutingTransactions implements Transactions {

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inNew(Supplier<T> work) {
        return work.get();
    }
}
