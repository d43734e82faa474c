package org.frontline.routing.desk;

import java.util.function.Supplier;

/** Runs work in a transaction of its own, committed when the work returns and rolled back when it throws. */
@FunctionalInterface
public interface Transactions {
    <T> T inNew(Supplier<T> work);
}
