package org.frontline.core.domain.customer;

import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Finds customers from what an agent types: part of a name (accents and case ignored) or an email address. */
public interface CustomerSearch {

    /** Best matches first. */
    Page<Customer> find(String text, PageRequest request);
}
