package org.frontline.core.domain.contact;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.cases.CaseService;
import org.frontline.core.domain.cases.FirstContactResolution;
import org.frontline.core.domain.customer.CustomerService;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.domain.shared.StaleVersionException;
import org.frontline.core.domain.team.TeamService;

/** Records contacts, checking that everything they refer to exists, and their survey answers. */
public class ContactService {
    private static final String KIND = "contact";

    private final ContactRepository contacts;
    private final CustomerService customers;
    private final AgentService agents;
    private final CaseService cases;
    private final TeamService teams;

    public ContactService(
            ContactRepository contacts,
            CustomerService customers,
            AgentService agents,
            CaseService cases,
            TeamService teams) {
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.teams = Objects.requireNonNull(teams, "teams");
    }

    public Contact record(ContactDetails details, ContactTimeline timeline) {
        requireReferencesExist(details);
        Contact contact = new Contact(details, timeline);
        contact.placeCustomerIn(customerTier(details));
        return contacts.add(contact);
    }

    public Contact get(long id) {
        return contacts.findById(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    public Page<Contact> list(ContactFilter filter, PageRequest request) {
        if (filter.from().isPresent()
                && filter.to().isPresent()
                && !filter.from().get().isBefore(filter.to().get())) {
            throw new InvalidValueException("from", "must be before to");
        }
        return contacts.list(filter, request);
    }

    public Contact revise(long id, long expectedVersion, ContactDetails details, ContactTimeline timeline) {
        Contact contact = get(id);
        StaleVersionException.requireCurrent(KIND, id, expectedVersion, contact.version());
        requireReferencesExist(details);
        if (!details.customerId().equals(contact.details().customerId())) {
            contact.placeCustomerIn(customerTier(details));
        }
        contact.revise(details, timeline);
        contacts.flush();
        return contact;
    }

    public Contact recordSurvey(long id, SurveyAnswer answer) {
        Contact contact = get(id);
        contact.recordSurvey(answer);
        contacts.flush();
        return contact;
    }

    /** How many contacts the customer has made. */
    public long countByCustomer(long customerId) {
        customers.get(customerId);
        return contacts.countByCustomer(customerId);
    }

    /**
     * Whether the case was resolved on first contact; empty while undetermined (see {@link FirstContactResolution}).
     */
    public Optional<Boolean> firstContactResolution(long caseId, FirstContactResolution rule, Instant now) {
        Case supportCase = cases.get(caseId);
        return rule.of(
                supportCase, contacts.countByCase(caseId), rule.reopenedWithinWindow(cases.history(caseId)), now);
    }

    private Optional<ValueTier> customerTier(ContactDetails details) {
        return details.customerId().map(id -> customers.get(id).valueTier());
    }

    private void requireReferencesExist(ContactDetails details) {
        details.customerId().ifPresent(customers::get);
        details.agentId().ifPresent(agents::get);
        details.caseId().ifPresent(cases::get);
        details.teamId().ifPresent(teams::get);
    }
}
