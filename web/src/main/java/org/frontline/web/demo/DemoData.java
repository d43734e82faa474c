package org.frontline.web.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.frontline.core.demo.ContactRow;
import org.frontline.core.demo.ContactStream;
import org.frontline.kb.demo.DemoArticleUsage;
import org.frontline.web.security.DemoUsers;

/**
 * Fills an empty embedded database with a believable centre so a first-time user has something to look at; off for
 * PostgreSQL unless asked for ({@code FRONTLINE_DEMO_DATA=true}).
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    /** How many steps {@link #load} reports. */
    public static final int STEPS = 10;

    @Inject
    @ConfigProperty(name = "FRONTLINE_DEMO_DATA", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoDataLoader loader;

    @Inject
    DemoUsers users;

    /** Runs after the migration and the index check, which observe start-up with lower priorities. */
    void loadOnStartup(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) Startup startup)
            throws SQLException {
        if (enabled) {
            load(step -> {});
        }
    }

    /**
     * Loads the demo centre into a database without customers, telling {@code progress} as each of its
     * {@value #STEPS} steps begins.
     *
     * @return what it loaded, or empty when the database already held customers
     */
    @ActivateRequestContext
    public Optional<String> load(Consumer<String> progress) throws SQLException {
        long start = System.nanoTime();
        progress.accept("teams, agents and customers");
        var people = loader.loadPeopleIntoEmptyDatabase();
        if (people.isEmpty()) {
            LOG.info("Demo data skipped: the database already holds customers");
            return Optional.empty();
        }
        progress.accept("knowledge-base articles");
        int articles = loader.loadArticles();
        progress.accept("cases and problems");
        List<ContactRow> caseContacts = loader.loadCases(people.get());
        progress.accept("articles linked, voted on and searched");
        DemoArticleUsage.Written usage = loader.loadArticleUsage();
        progress.accept("contacts");
        long contacts = loader.loadContacts(people.get(), caseContacts);
        progress.accept("the agents' status log");
        long statusLog = loader.loadStatusLog(people.get());
        progress.accept("routing queues");
        int queues = loader.loadRoutingQueues();
        progress.accept("shifts, leave and pulse surveys");
        int surveys = loader.loadWorkforce(people.get());
        progress.accept("the QA scorecard");
        int scorecards = loader.loadScorecards();
        progress.accept("demo logins");
        int logins = users.create(
                people.get().staffByTeam().getFirst().stream()
                        .map(ContactStream.Staff::agentId)
                        .toList(),
                loader.qualityAnalysts());
        String summary = people.get().customerIds().length + " customers, "
                + people.get().staffByTeam().stream().mapToInt(List::size).sum()
                + " contact-taking agents, " + contacts + " contacts, " + caseContacts.size()
                + " of them about one of the cases, " + articles + " knowledge-base articles (" + usage.links()
                + " linked to the cases they solved, " + usage.votes() + " votes, " + usage.searches() + " searches), "
                + statusLog + " stretches of the agents' status log, " + queues + " routing queues, " + surveys
                + " pulse surveys, " + scorecards + " QA scorecard, " + logins + " demo logins";
        LOG.info(() -> "Demo data loaded in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + summary);
        return Optional.of(summary);
    }
}
