package org.frontline.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** Runs work in a transaction with a request context: for work on a background thread that reads the database. */
@ApplicationScoped
public class Transactions {

    @Transactional
    @ActivateRequestContext
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}
