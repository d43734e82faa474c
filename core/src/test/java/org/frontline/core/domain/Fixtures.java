package org.frontline.core.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.frontline.core.domain.agent.Agent;
import org.frontline.core.domain.agent.AgentProfile;
import org.frontline.core.domain.agent.ChannelSkill;
import org.frontline.core.domain.agent.LanguageSkill;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.cases.CaseDetails;
import org.frontline.core.domain.cases.CaseType;
import org.frontline.core.domain.cases.Priority;
import org.frontline.core.domain.customer.Customer;
import org.frontline.core.domain.customer.CustomerProfile;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;
import org.frontline.core.domain.team.ServiceFunction;
import org.frontline.core.domain.team.Team;

/** Small, valid domain objects for unit tests, with the ids the database would give them. */
public final class Fixtures {
    private Fixtures() {}

    public static Customer customer(ValueTier tier, Instant createdAt) {
        return Persisted.withId(
                new Customer(
                        new CustomerProfile(
                                "Acme", null, null, Locale.ENGLISH, ZoneId.of("UTC"), tier, Optional.empty()),
                        createdAt),
                1);
    }

    public static Agent agent(Instant hiredAt) {
        Team team = Persisted.withId(new Team("Billing", ServiceFunction.SUPPORT), 1);
        AgentProfile profile = new AgentProfile(
                "Bob",
                null,
                1,
                SupportTier.L1,
                Set.of(),
                Set.of(new LanguageSkill("en", 5)),
                Set.of(new ChannelSkill(Channel.PHONE, 4, 1)),
                LocalDate.of(2024, 1, 1));
        return Persisted.withId(new Agent(profile, team, hiredAt), 3);
    }

    /** A P2 incident raised at {@code raisedAt}, with id 11. */
    public static Case incident(Instant raisedAt) {
        return Persisted.withId(
                new Case(
                        customer(ValueTier.GOLD, raisedAt),
                        new CaseDetails("Cannot log in", "since today", CaseType.INCIDENT, Priority.P2),
                        raisedAt),
                11);
    }
}
