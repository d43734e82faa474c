package org.frontline.core.domain.contact;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Stores and finds contacts. */
public interface ContactRepository {

    Optional<Contact> findById(long id);

    /** Contacts matching the filter, latest arrival first. */
    Page<Contact> list(ContactFilter filter, PageRequest request);

    Contact add(Contact contact);

    /** How many contacts belong to the case. */
    long countByCase(long caseId);

    /** How many contacts the customer has made: the effort side of the 80/20 picture. */
    long countByCustomer(long customerId);

    /**
     * Hands each inbound contact that arrived in [from, to), of the channel when one is given, to {@code each}, in
     * arrival order, without holding them all in memory.
     */
    void forEachInbound(Instant from, Instant to, Optional<Channel> channel, Consumer<InboundWork> each);

    void flush();
}
