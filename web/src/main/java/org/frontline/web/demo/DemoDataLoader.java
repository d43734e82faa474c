package org.frontline.web.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.frontline.core.demo.ContactRow;
import org.frontline.core.demo.ContactStream;
import org.frontline.core.demo.ContactStream.Staff;
import org.frontline.core.demo.DemoAgents;
import org.frontline.core.demo.DemoAgents.DemoAgent;
import org.frontline.core.demo.DemoAgents.DemoTeam;
import org.frontline.core.demo.DemoCaseWriter;
import org.frontline.core.demo.DemoCases;
import org.frontline.core.demo.DemoCustomers;
import org.frontline.core.demo.DemoCustomers.DemoCustomer;
import org.frontline.core.demo.DemoPulseSurveys;
import org.frontline.core.demo.ProblemPlan;
import org.frontline.core.demo.StatusLogStream;
import org.frontline.core.domain.agent.Agent;
import org.frontline.core.domain.agent.AgentFilter;
import org.frontline.core.domain.agent.AgentProfile;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.agent.ChannelSkill;
import org.frontline.core.domain.cases.Case;
import org.frontline.core.domain.customer.CustomerService;
import org.frontline.core.domain.kpi.cost.CostRateService;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.domain.team.ServiceFunction;
import org.frontline.core.domain.team.Team;
import org.frontline.core.domain.team.TeamService;
import org.frontline.core.domain.workforce.PulseAnswer;
import org.frontline.core.domain.workforce.PulseSurvey;
import org.frontline.core.infrastructure.jdbc.ContactBulkWriter;
import org.frontline.core.infrastructure.jdbc.ShiftBulkWriter;
import org.frontline.core.infrastructure.jdbc.StatusLogBulkWriter;
import org.frontline.core.infrastructure.jpa.JpaCaseRepository;
import org.frontline.core.infrastructure.jpa.JpaProblemRepository;
import org.frontline.kb.demo.DemoArticleUsage;
import org.frontline.kb.demo.DemoArticleUsage.ResolvedCase;
import org.frontline.kb.demo.DemoArticles;
import org.frontline.kb.demo.DemoArticles.DemoArticle;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.article.ArticleService;
import org.frontline.kb.domain.search.ArticleSearch;
import org.frontline.kb.infrastructure.jpa.JpaUsageRepository;
import org.frontline.qualityaudit.competency.CompetencyStandardService;
import org.frontline.qualityaudit.demo.DemoScorecard;
import org.frontline.qualityaudit.scorecard.ScorecardService;
import org.frontline.routing.demo.DemoQueues;
import org.frontline.routing.desk.QueueRule;
import org.frontline.routing.infrastructure.jpa.JpaRoutingRepository;

/**
 * Loads the demo centre: teams, agents and customers through the domain services (so they are validated, indexed and
 * audited), cases and problems through their entities' lifecycle methods, the knowledge base through its service and
 * its use (links, votes, views, searches) through its repository, then months of contacts in JDBC batches.
 */
@ApplicationScoped
public class DemoDataLoader {
    static final long SEED = 20261123L;
    static final int CUSTOMERS = 300;
    static final int DAYS = 90;
    static final double CONTACTS_PER_DAY = 400;
    static final double CASES_PER_DAY = 10;
    static final int STATUS_LOG_DAYS = 28;
    static final int PULSE_MONTHS = 3;
    /** Loaded hourly cost of support, technical support and sales, in FRONTLINE_KPI_CURRENCY. */
    private static final BigDecimal[] HOURLY_COSTS = {
        new BigDecimal("34.00"), new BigDecimal("41.50"), new BigDecimal("38.00")
    };

    static final String KNOWLEDGE_TEAM = "Knowledge team";

    @PersistenceContext(unitName = "frontline")
    EntityManager entityManager;

    @Inject
    CustomerService customers;

    @Inject
    TeamService teams;

    @Inject
    AgentService agents;

    @Inject
    ArticleService articles;

    @Inject
    ArticleSearch search;

    @Inject
    CompetencyStandardService competencyStandards;

    @Inject
    CostRateService costRates;

    @Inject
    ScorecardService scorecards;

    @Inject
    Clock clock;

    @Resource(lookup = "jdbc/frontline")
    DataSource dataSource;

    /** The people contacts are generated for. */
    public record DemoPeople(long[] customerIds, double[] weights, List<List<Staff>> staffByTeam, long[] teamIds) {}

    /** Registers teams, agents and customers in one transaction, unless some customer exists already. */
    @Transactional
    public Optional<DemoPeople> loadPeopleIntoEmptyDatabase() {
        if (customers.list(new PageRequest(0, 1)).totalItems() > 0) {
            return Optional.empty();
        }
        SplittableRandom random = new SplittableRandom(SEED);
        List<DemoCustomer> demoCustomers = DemoCustomers.generate(random, CUSTOMERS);
        long[] customerIds = new long[demoCustomers.size()];
        double[] weights = new double[demoCustomers.size()];
        for (int i = 0; i < demoCustomers.size(); i++) {
            customerIds[i] = customers.register(demoCustomers.get(i).profile()).id();
            weights[i] = demoCustomers.get(i).contactWeight();
        }
        backdateAccounts(customerIds, demoCustomers);
        Map<String, Team> teamsByName = new HashMap<>();
        for (DemoTeam team : DemoAgents.TEAMS) {
            teamsByName.put(team.name(), teams.create(team.name(), team.function()));
        }
        List<ServiceFunction> contactTaking = List.of(
                ServiceFunction.SUPPORT, ServiceFunction.TECHNICAL_SUPPORT, ServiceFunction.SALES_AND_MARKETING);
        List<List<Staff>> staffByTeam = new ArrayList<>();
        contactTaking.forEach(f -> staffByTeam.add(new ArrayList<>()));
        for (DemoAgent demo : DemoAgents.generate(random, LocalDate.now(clock))) {
            Team team = teamsByName.get(demo.team());
            Agent agent = agents.hire(new AgentProfile(
                    demo.name(),
                    null,
                    team.id(),
                    demo.tier(),
                    demo.skills(),
                    demo.languages(),
                    demo.channels(),
                    demo.hireDate()));
            int index = contactTaking.indexOf(team.serviceFunction());
            if (index >= 0) {
                staffByTeam
                        .get(index)
                        .add(new Staff(
                                agent.id(),
                                team.id(),
                                demo.tier(),
                                demo.channels().stream()
                                        .map(ChannelSkill::channel)
                                        .toList()));
            }
        }
        long[] teamIds = contactTaking.stream()
                .mapToLong(f -> teamsByName.values().stream()
                        .filter(t -> t.serviceFunction() == f)
                        .findFirst()
                        .orElseThrow()
                        .id())
                .toArray();
        return Optional.of(new DemoPeople(customerIds, weights, staffByTeam, teamIds));
    }

    /** Sets when each demo customer's account opened (registration stamps now), so new accounts stand out in reports. */
    private void backdateAccounts(long[] customerIds, List<DemoCustomer> demoCustomers) {
        entityManager.flush();
        Instant now = clock.instant();
        for (int i = 0; i < customerIds.length; i++) {
            entityManager
                    .createNativeQuery("update customer set created_at = ?1 where id = ?2")
                    .setParameter(
                            1, now.minus(Duration.ofDays(demoCustomers.get(i).openedDaysAgo())))
                    .setParameter(2, customerIds[i])
                    .executeUpdate();
        }
    }

    /** Raises {@value #CASES_PER_DAY} cases a day (weekdays more) over the last {@value #DAYS} days and a few problems. */
    @Transactional
    public List<ContactRow> loadCases(DemoPeople people) {
        LocalDate firstDay = LocalDate.now(clock).minusDays(DAYS);
        DemoCases demo = new DemoCases(
                new SplittableRandom(SEED + 2),
                people.customerIds(),
                people.weights(),
                people.staffByTeam(),
                people.teamIds(),
                clock.instant());
        List<ProblemPlan> problems = DemoCases.problems(firstDay, DAYS);
        return new DemoCaseWriter(
                        new JpaCaseRepository(entityManager),
                        new JpaProblemRepository(entityManager),
                        customers::get,
                        agents::get)
                .write(problems, demo.plan(firstDay, DAYS, CASES_PER_DAY, problems));
    }

    /** Stores the demo routing queues; returns how many. */
    @Transactional
    public int loadRoutingQueues() {
        JpaRoutingRepository routing = new JpaRoutingRepository(entityManager);
        List<QueueRule> rules = DemoQueues.rules();
        rules.forEach(routing::add);
        return rules.size();
    }

    /** Writes and publishes the demo knowledge base; returns how many articles. */
    @Transactional
    public int loadArticles() {
        List<DemoArticle> demo = DemoArticles.load();
        for (DemoArticle article : demo) {
            long id = articles.write(article.content(), KNOWLEDGE_TEAM, null, "system", "demo article")
                    .id();
            articles.publish(id, Optional.empty());
        }
        return demo.size();
    }

    /**
     * Links articles to half the resolved demo cases (the one most related to each), with readers' votes and views,
     * and a month of searches, so the knowledge base's reports have something to show.
     */
    @Transactional
    public DemoArticleUsage.Written loadArticleUsage() {
        List<ResolvedCase> resolved = entityManager
                .createQuery("select c from SupportCase c where c.resolvedAt is not null order by c.id", Case.class)
                .getResultStream()
                .map(c -> new ResolvedCase(
                        c.id(),
                        c.details().subject(),
                        c.details().description(),
                        ArticleLanguage.of(c.customer().profile().preferredLanguage()),
                        c.owner().map(Agent::name).orElse(KNOWLEDGE_TEAM),
                        c.resolvedAt().orElseThrow()))
                .toList();
        return new DemoArticleUsage(new JpaUsageRepository(entityManager), search, new SplittableRandom(SEED + 3))
                .write(resolved, clock.instant());
    }

    /** Writes the last {@value #DAYS} days of contacts for those people, and the cases' own; returns how many. */
    public long loadContacts(DemoPeople people, List<ContactRow> caseContacts) throws SQLException {
        LocalDate today = LocalDate.now(clock);
        ContactStream contacts = new ContactStream(
                new SplittableRandom(SEED + 1),
                people.customerIds(),
                people.weights(),
                people.staffByTeam(),
                people.teamIds(),
                CONTACTS_PER_DAY,
                today.minusDays(DAYS),
                DAYS);
        try (Connection connection = dataSource.getConnection()) {
            ContactBulkWriter writer = new ContactBulkWriter(connection);
            return writer.write(contacts) + writer.write(caseContacts.iterator());
        }
    }

    /**
     * Writes the contact-taking agents' shifts and status logs for the last {@value #STATUS_LOG_DAYS} days (weekday
     * shifts with breaks, up to today's midnight), so occupancy, adherence and the week plan's actual staff have
     * something to show.
     */
    public long loadStatusLog(DemoPeople people) throws SQLException {
        long[] agentIds = people.staffByTeam().stream()
                .flatMap(List::stream)
                .mapToLong(Staff::agentId)
                .toArray();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        StatusLogStream log = new StatusLogStream(
                new SplittableRandom(SEED + 4), agentIds, today.minusDays(STATUS_LOG_DAYS), STATUS_LOG_DAYS);
        try (Connection connection = dataSource.getConnection()) {
            new ShiftBulkWriter(connection).write(log.shifts().iterator());
            return new StatusLogBulkWriter(connection).write(log);
        }
    }

    /**
     * Writes {@value #PULSE_MONTHS} monthly pulse surveys with the contact-taking agents' answers, and gives each
     * contact-taking team a competency standard (QA score 80, handle time 480 s, 20 contacts a week) and a loaded
     * hourly cost (technical support dearer), so cost per contact has something to show.
     */
    @Transactional
    public int loadWorkforce(DemoPeople people) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<DemoPulseSurveys.Survey> surveys =
                DemoPulseSurveys.generate(new SplittableRandom(SEED + 5), people.staffByTeam(), today, PULSE_MONTHS);
        for (DemoPulseSurveys.Survey planned : surveys) {
            Instant opened = planned.opensOn().atStartOfDay(ZoneOffset.UTC).toInstant();
            PulseSurvey survey =
                    new PulseSurvey(DemoPulseSurveys.QUESTION, planned.opensOn(), planned.closesOn(), opened);
            entityManager.persist(survey);
            entityManager.flush();
            for (DemoPulseSurveys.Answer answer : planned.answers()) {
                entityManager.persist(new PulseAnswer(
                        survey.id(),
                        answer.agentId(),
                        answer.teamId(),
                        answer.score(),
                        opened.plus(Duration.ofDays(answer.day()).plusHours(10))));
            }
        }
        for (int i = 0; i < people.teamIds().length; i++) {
            competencyStandards.set(people.teamIds()[i], null, 80, 480, 20);
            costRates.set(people.teamIds()[i], HOURLY_COSTS[i]);
        }
        return surveys.size();
    }

    /** Defines the quality team's phone scorecard. */
    @Transactional
    public int loadScorecards() {
        scorecards.define(DemoScorecard.phoneQuality());
        return 1;
    }

    /** The agents of the quality team, who review the others' contacts. */
    @Transactional
    public List<Long> qualityAnalysts() {
        return agents
                .list(AgentFilter.withSkill(DemoAgents.QUALITY_REVIEW_SKILL), new PageRequest(0, 100))
                .items()
                .stream()
                .map(Agent::id)
                .toList();
    }
}
