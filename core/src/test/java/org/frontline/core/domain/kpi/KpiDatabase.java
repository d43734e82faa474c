package org.frontline.core.domain.kpi;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.frontline.core.domain.kpi.targets.KpiTargetService;
import org.frontline.core.domain.team.TeamService;
import org.frontline.core.infrastructure.jpa.JpaKpiRollUpStore;
import org.frontline.core.infrastructure.jpa.JpaKpiSource;
import org.frontline.core.infrastructure.jpa.JpaKpiTargetRepository;
import org.frontline.core.infrastructure.jpa.JpaTeamRepository;

/**
 * A fresh in-memory H2 migrated by the project's migrations, with two teams (1 Billing: support; 2 Tech: technical
 * support), three agents (1 Ann and 2 Bo in Billing, 3 Cy in Tech) and three customers (1 gold, 2 and 3 standard),
 * where tests write hand-made contacts and status logs and read KPIs through the real SQL.
 */
public final class KpiDatabase implements AutoCloseable {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private final EntityManagerFactory factory;
    private final AtomicLong ids = new AtomicLong(1000);

    public KpiDatabase() {
        String url = "jdbc:h2:mem:kpi" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        factory = Persistence.createEntityManagerFactory(
                "core-test", Map.of("jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa"));
        sql("insert into team (id, version, name, service_function) values (1, 0, 'Billing', 'SUPPORT'),"
                + " (2, 0, 'Tech', 'TECHNICAL_SUPPORT')");
        sql(
                "insert into agent (id, version, name, team_id, support_tier, hire_date, status, status_since) values"
                        + " (1, 0, 'Ann', 1, 'L1', date '2025-01-01', 'OFFLINE', timestamp with time zone '2025-01-01 00:00:00+00'),"
                        + " (2, 0, 'Bo', 1, 'L1', date '2025-01-01', 'OFFLINE', timestamp with time zone '2025-01-01 00:00:00+00'),"
                        + " (3, 0, 'Cy', 2, 'L2', date '2025-01-01', 'OFFLINE', timestamp with time zone '2025-01-01 00:00:00+00')");
        sql(
                "insert into customer (id, version, name, preferred_language, time_zone, value_tier, created_at, updated_at)"
                        + " values (1, 0, 'Gold Co', 'en', 'UTC', 'GOLD', current_timestamp, current_timestamp),"
                        + " (2, 0, 'Std One', 'en', 'UTC', 'STANDARD', current_timestamp, current_timestamp),"
                        + " (3, 0, 'Std Two', 'en', 'UTC', 'STANDARD', current_timestamp, current_timestamp)");
    }

    /** Writes a contact; returns its id. */
    public long contact(ContactBuilder contact) {
        long id = ids.incrementAndGet();
        sql(contact.insert(id));
        return id;
    }

    /** Writes a stretch of agent {@code agent}'s status log, from and to ISO instants. */
    void status(long agent, String status, String start, String end) {
        sql("insert into agent_status_interval (id, agent_id, status, started_at, ended_at) values ("
                + ids.incrementAndGet() + ", " + agent + ", '" + status + "', timestamp with time zone '"
                + sqlTime(Instant.parse(start)) + "', timestamp with time zone '" + sqlTime(Instant.parse(end)) + "')");
    }

    /** Schedules agent {@code agent} from {@code start} to {@code end} (ISO instants), cancelled or not. */
    void shift(long agent, String start, String end, boolean cancelled) {
        sql("insert into agent_shift (id, agent_id, starts_at, ends_at, cancelled_at) values (" + ids.incrementAndGet()
                + ", " + agent + ", timestamp with time zone '" + sqlTime(Instant.parse(start))
                + "', timestamp with time zone '" + sqlTime(Instant.parse(end)) + "', "
                + (cancelled ? "current_timestamp" : "null") + ")");
    }

    /**
     * Raises case {@code id} for customer {@code customer} at {@code raised}, owned by agent {@code owner}; resolved
     * (with that many reopens before) or still open.
     */
    public void supportCase(long id, long customer, long owner, String raised, boolean resolved, int reopens) {
        sql("insert into support_case (id, version, customer_id, subject, description, case_type, priority, status,"
                + " support_tier, owner_id, resolution_code, reopen_count, created_at, resolved_at) values (" + id
                + ", 0, " + customer + ", 'subject', 'description', 'INCIDENT', 'P2', '"
                + (resolved ? "RESOLVED" : "OPEN") + "', 'L1', " + owner + ", " + (resolved ? "'FIXED'" : "null")
                + ", " + reopens + ", timestamp with time zone '" + sqlTime(Instant.parse(raised)) + "', "
                + (resolved
                        ? "timestamp with time zone '"
                                + sqlTime(Instant.parse(raised).plusSeconds(3600)) + "'"
                        : "null")
                + ")");
    }

    /** Records that case {@code caseId} crossed its {@code target} SLA ({@code WARNING} or {@code BREACH}). */
    void slaEvent(long caseId, String target, String kind) {
        sql("insert into sla_event (id, case_id, target, kind, clock_started_at, occurred_at, recorded_at) values ("
                + ids.incrementAndGet() + ", " + caseId + ", '" + target + "', '" + kind
                + "', current_timestamp, current_timestamp, current_timestamp)");
    }

    /** An instant as an SQL timestamp literal's text, in UTC. */
    static String sqlTime(Instant instant) {
        return instant.toString().replace('T', ' ').replace("Z", "+00");
    }

    public void sql(String statement) {
        inTransaction(em -> em.createNativeQuery(statement).executeUpdate());
    }

    KpiReport report(KpiSettings settings, Instant now, KpiQuery query) {
        return inTransaction(
                em -> new KpiService(new JpaKpiSource(em), settings, Clock.fixed(now, ZoneOffset.UTC)).report(query));
    }

    /** Runs the work with the KPI targets of this database, measured at {@code now} in UTC. */
    public <T> T withTargets(Instant now, Function<KpiTargetService, T> work) {
        return inTransaction(em -> work.apply(new KpiTargetService(
                new JpaKpiTargetRepository(em),
                new TeamService(new JpaTeamRepository(em)),
                new KpiService(
                        new JpaKpiSource(em),
                        KpiSettings.defaults(ZoneOffset.UTC),
                        Clock.fixed(now, ZoneOffset.UTC)))));
    }

    RollUpRun rollUp(KpiSettings settings, Instant now, int maxNewDays) {
        return inTransaction(em -> new KpiRollUp(
                        new JpaKpiSource(em), new JpaKpiRollUpStore(em), settings, Clock.fixed(now, ZoneOffset.UTC))
                .refresh(maxNewDays));
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
