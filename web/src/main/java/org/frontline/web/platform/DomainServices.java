package org.frontline.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.cases.CaseService;
import org.frontline.core.domain.cases.FirstContactResolution;
import org.frontline.core.domain.contact.ContactService;
import org.frontline.core.domain.customer.CustomerRepository;
import org.frontline.core.domain.customer.CustomerSearch;
import org.frontline.core.domain.customer.CustomerService;
import org.frontline.core.domain.itil.ProblemService;
import org.frontline.core.domain.schedule.ShiftService;
import org.frontline.core.domain.sla.SlaEventKind;
import org.frontline.core.domain.sla.SlaService;
import org.frontline.core.domain.sla.SlaWatch;
import org.frontline.core.domain.team.TeamService;
import org.frontline.core.infrastructure.jpa.JpaAgentRepository;
import org.frontline.core.infrastructure.jpa.JpaCaseRepository;
import org.frontline.core.infrastructure.jpa.JpaContactRepository;
import org.frontline.core.infrastructure.jpa.JpaCustomerRepository;
import org.frontline.core.infrastructure.jpa.JpaProblemRepository;
import org.frontline.core.infrastructure.jpa.JpaShiftRepository;
import org.frontline.core.infrastructure.jpa.JpaSlaEventRepository;
import org.frontline.core.infrastructure.jpa.JpaSlaRepository;
import org.frontline.core.infrastructure.jpa.JpaTeamRepository;
import org.frontline.kb.domain.article.ArticleService;
import org.frontline.kb.domain.search.ArticleSearch;
import org.frontline.kb.domain.usage.CaseOutcomes;
import org.frontline.kb.domain.usage.ContentGaps;
import org.frontline.kb.domain.usage.EffectivenessService;
import org.frontline.kb.domain.usage.StaleArticles;
import org.frontline.kb.domain.usage.UsageService;
import org.frontline.kb.infrastructure.jpa.JpaArticleRepository;
import org.frontline.kb.infrastructure.jpa.JpaCaseOutcomes;
import org.frontline.kb.infrastructure.jpa.JpaUsageRepository;
import org.frontline.kb.search.HibernateArticleSearch;
import org.frontline.kb.search.HibernateSimilarCases;
import org.frontline.routing.desk.RoutingDesk;
import org.frontline.routing.desk.RoutingIntake;
import org.frontline.routing.desk.RoutingPolicy;
import org.frontline.routing.engine.AgentSelection;
import org.frontline.routing.engine.RoutingWeights;
import org.frontline.routing.infrastructure.jpa.JpaRoutingRepository;
import org.frontline.routing.planning.PlanningHistory;
import org.frontline.routing.planning.WeekPlanner;
import org.frontline.web.routing.RoutingTransactions;
import org.frontline.web.search.HibernateCustomerSearch;

/**
 * Builds the plain-Java domain services and repositories of the other modules as CDI beans, so they
 * stay free of container code.
 */
@ApplicationScoped
public class DomainServices {

    /** Container-managed and transaction-scoped: safe to share, it binds to the caller's transaction. */
    @PersistenceContext(unitName = "frontline")
    private EntityManager entityManager;

    /** UTC in whole microseconds, as the database keeps time, so an instant written reads back the same. */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Produces
    CustomerRepository customerRepository() {
        return new JpaCustomerRepository(entityManager);
    }

    @Produces
    TeamService teamService() {
        return new TeamService(new JpaTeamRepository(entityManager));
    }

    @Produces
    AgentService agentService(TeamService teams, Clock clock) {
        return new AgentService(new JpaAgentRepository(entityManager), teams, clock);
    }

    @Produces
    ShiftService shiftService(AgentService agents, Clock clock) {
        return new ShiftService(new JpaShiftRepository(entityManager), agents, clock);
    }

    @Produces
    CaseService caseService(CustomerService customers, AgentService agents, Clock clock) {
        return new CaseService(new JpaCaseRepository(entityManager), customers, agents, clock);
    }

    @Produces
    SlaService slaService(CaseService cases, Clock clock) {
        return new SlaService(new JpaSlaRepository(entityManager), cases, clock);
    }

    @Produces
    SlaWatch slaWatch(Clock clock) {
        return new SlaWatch(
                new JpaSlaRepository(entityManager),
                new JpaSlaEventRepository(entityManager),
                new JpaCaseRepository(entityManager),
                clock);
    }

    @Produces
    ContactService contactService(
            CustomerService customers, AgentService agents, CaseService cases, TeamService teams) {
        return new ContactService(new JpaContactRepository(entityManager), customers, agents, cases, teams);
    }

    @Produces
    ProblemService problemService(CaseService cases, Clock clock) {
        return new ProblemService(new JpaProblemRepository(entityManager), cases, clock);
    }

    /** The reopen window of first-contact resolution, {@code FRONTLINE_FCR_REOPEN_DAYS} days (7 by default). */
    @Produces
    FirstContactResolution firstContactResolution(
            @ConfigProperty(name = "FRONTLINE_FCR_REOPEN_DAYS", defaultValue = "7") int reopenDays) {
        return new FirstContactResolution(Duration.ofDays(reopenDays));
    }

    @Produces
    ArticleService articleService(Clock clock) {
        return new ArticleService(new JpaArticleRepository(entityManager), clock);
    }

    @Produces
    CaseOutcomes caseOutcomes(FirstContactResolution firstContactResolution, Clock clock) {
        return new JpaCaseOutcomes(entityManager, firstContactResolution, clock);
    }

    @Produces
    UsageService usageService(CaseOutcomes cases, Clock clock) {
        return new UsageService(
                new JpaArticleRepository(entityManager), new JpaUsageRepository(entityManager), cases, clock);
    }

    @Produces
    EffectivenessService effectivenessService(CaseOutcomes cases) {
        return new EffectivenessService(
                new JpaArticleRepository(entityManager),
                new JpaUsageRepository(entityManager),
                cases,
                new HibernateSimilarCases(entityManager));
    }

    @Produces
    StaleArticles staleArticles(CaseOutcomes cases, Clock clock) {
        return new StaleArticles(
                new JpaArticleRepository(entityManager), new JpaUsageRepository(entityManager), cases, clock);
    }

    @Produces
    ContentGaps contentGaps(Clock clock) {
        return new ContentGaps(new JpaUsageRepository(entityManager), clock);
    }

    @Produces
    PlanningHistory planningHistory() {
        return PlanningHistory.of(new JpaContactRepository(entityManager), new JpaAgentRepository(entityManager));
    }

    @Produces
    WeekPlanner weekPlanner(PlanningHistory history) {
        return new WeekPlanner(history);
    }

    @Produces
    ArticleSearch articleSearch() {
        return new HibernateArticleSearch(entityManager);
    }

    @Produces
    CustomerSearch customerSearch() {
        return new HibernateCustomerSearch(entityManager);
    }

    @Produces
    CustomerService customerService(CustomerRepository customers, CustomerSearch search, Clock clock) {
        return new CustomerService(customers, search, clock);
    }

    /**
     * The one routing desk of this server (it holds the engine): agents have {@code FRONTLINE_ROUTING_OFFER_SECONDS}
     * (30 by default) to accept an offer, and equally skilled agents are picked by {@code FRONTLINE_ROUTING_SELECTION}
     * (LONGEST_IDLE, LEAST_OCCUPIED or ROUND_ROBIN); {@code FRONTLINE_ROUTING_ESCALATE_ON} names the SLA crossings
     * that move a case's waiting contacts up a tier (BREACH by default; WARNING, "WARNING,BREACH" or NONE).
     */
    @Produces
    @Singleton
    RoutingDesk routingDesk(
            AgentService agents,
            ContactService contacts,
            CustomerService customers,
            CaseService cases,
            SlaService slas,
            RoutingTransactions transactions,
            Clock clock,
            @ConfigProperty(name = "FRONTLINE_ROUTING_OFFER_SECONDS", defaultValue = "30") long offerSeconds,
            @ConfigProperty(name = "FRONTLINE_ROUTING_SELECTION", defaultValue = "LONGEST_IDLE")
                    AgentSelection selection,
            @ConfigProperty(name = "FRONTLINE_ROUTING_ESCALATE_ON", defaultValue = "BREACH") String escalateOn) {
        return new RoutingDesk(
                new JpaRoutingRepository(entityManager),
                agents,
                contacts,
                new RoutingIntake(customers, cases, slas),
                transactions,
                new RoutingPolicy(
                        RoutingWeights.standard(),
                        selection,
                        Duration.ofSeconds(offerSeconds),
                        slaKinds("FRONTLINE_ROUTING_ESCALATE_ON", escalateOn)),
                clock);
    }

    /** A comma-separated list of SLA event kinds, or NONE. */
    private static Set<SlaEventKind> slaKinds(String setting, String value) {
        Set<SlaEventKind> kinds = EnumSet.noneOf(SlaEventKind.class);
        for (String kind : value.split(",")) {
            String name = kind.strip().toUpperCase(Locale.ROOT);
            if (name.isEmpty() || name.equals("NONE")) {
                continue;
            }
            try {
                kinds.add(SlaEventKind.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        setting + " must list WARNING and/or BREACH, or be NONE; got '" + value + "'", e);
            }
        }
        return kinds;
    }
}
