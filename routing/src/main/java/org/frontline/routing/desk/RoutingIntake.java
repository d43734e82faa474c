package org.frontline.routing.desk;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.frontline.core.domain.agent.LanguageSkill;
import org.frontline.core.domain.agent.Skill;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.cases.CaseService;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.contact.Contact;
import org.frontline.core.domain.contact.ContactDetails;
import org.frontline.core.domain.contact.Direction;
import org.frontline.core.domain.customer.CustomerService;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.SupportTier;
import org.frontline.core.domain.sla.CaseSla;
import org.frontline.core.domain.sla.SlaMeasure;
import org.frontline.core.domain.sla.SlaService;
import org.frontline.routing.engine.WaitingContact;

/**
 * Turns a recorded contact and what the caller says it needs into a contact the engine can route, filling in what
 * the caller left out from the contact (channel, arrival), its customer (value tier) and its case (tier, priority,
 * the earliest SLA deadline still running), and refusing what routing could never satisfy; and moves a contact
 * between support tiers together with its case.
 */
public final class RoutingIntake {
    private final CustomerService customers;
    private final CaseService cases;
    private final SlaService slas;

    public RoutingIntake(CustomerService customers, CaseService cases, SlaService slas) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.slas = Objects.requireNonNull(slas, "slas");
    }

    /** The contact as it waits in the queue it enters. */
    public WaitingContact waiting(Contact contact, RoutingRequest request, QueueRule queue) {
        ContactDetails details = contact.details();
        if (details.direction() != Direction.INBOUND) {
            throw new InvalidValueException("contactId", "only inbound contacts are routed to agents");
        }
        if (contact.timeline().endedAt().isPresent()) {
            throw new InvalidValueException("contactId", "contact " + contact.id() + " has already ended");
        }
        Map<String, Integer> skills =
                skills(request.skills().isEmpty() ? queue.queue().skills() : request.skills());
        Optional<Case> supportCase = details.caseId().map(cases::get);
        ValueTier valueTier =
                details.customerId().map(id -> customers.get(id).valueTier()).orElse(ValueTier.STANDARD);
        return new WaitingContact(
                contact.id(),
                queue.name(),
                details.channel(),
                skills,
                LanguageSkill.code("language", request.language()),
                request.tier().or(() -> supportCase.map(Case::supportTier)).orElse(SupportTier.L1),
                request.priority()
                        .or(() -> supportCase.map(c -> c.details().priority()))
                        .orElse(Priority.P3),
                valueTier,
                supportCase.flatMap(this::slaDeadline),
                contact.timeline().arrivedAt(),
                request.preferredAgents(),
                request.excludedAgents());
    }

    /**
     * The tier a contact needs after moving one tier up (or, with {@code down}, one down) for a reason: its case's new
     * tier when it has a case (which escalates with it, keeping its history), otherwise the next tier from its own.
     */
    public SupportTier retiered(Contact contact, SupportTier current, boolean down, String reason) {
        Optional<Long> caseId = contact.details().caseId();
        if (caseId.isPresent()) {
            Case moved = down
                    ? cases.deescalate(caseId.get(), Optional.empty(), reason)
                    : cases.escalate(caseId.get(), Optional.empty(), reason);
            return moved.supportTier();
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "is required: say why");
        }
        Optional<SupportTier> next = down ? current.previous() : current.next();
        return next.orElseThrow(() -> new InvalidTransitionException(
                "routed contact",
                contact.id(),
                current,
                down ? "de-escalate" : "escalate",
                "it is already at " + current));
    }

    /** The earliest deadline among the case's SLA targets still running; none when no policy covers it. */
    private Optional<Instant> slaDeadline(Case supportCase) {
        CaseSla sla;
        try {
            sla = slas.measure(supportCase.id());
        } catch (NotFoundException noPolicy) {
            return Optional.empty();
        }
        return Stream.of(sla.firstResponse(), sla.nextResponse(), sla.resolution())
                .filter(Objects::nonNull)
                .map(SlaMeasure::dueAt)
                .filter(Objects::nonNull)
                .min(Instant::compareTo);
    }

    /** Skill names in lower case, each at a proficiency from 1 to 5. */
    public static Map<String, Integer> skills(Map<String, Integer> asked) {
        Map<String, Integer> skills = new HashMap<>();
        asked.forEach((name, level) -> {
            Skill skill = new Skill(name, level == null ? 0 : level);
            skills.put(skill.name(), skill.proficiency());
        });
        return skills;
    }
}
