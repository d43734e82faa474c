package org.frontline.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.frontline.core.demo.ContactRow;
import org.frontline.core.demo.ContactStream;
import org.frontline.core.demo.ContactStream.Staff;
import org.frontline.core.demo.DemoAgents;
import org.frontline.core.demo.DemoAgents.DemoAgent;
import org.frontline.core.demo.DemoAgents.DemoTeam;
import org.frontline.core.demo.DemoCustomers;
import org.frontline.core.demo.DemoCustomers.DemoCustomer;
import org.frontline.core.demo.StatusLogStream;
import org.frontline.core.domain.agent.ChannelSkill;
import org.frontline.core.infrastructure.jdbc.ContactBulkWriter;
import org.frontline.core.infrastructure.jdbc.ShiftBulkWriter;
import org.frontline.core.infrastructure.jdbc.StatusLogBulkWriter;

/**
 * The demo centre (its customers, teams, sixty agents) with as many contacts as asked for, spread over a year by the
 * demo generator, and the agents' shifts and status log for that year, written over JDBC into a migrated, empty database; rows
 * get explicit ids 1..n where the generator does not draw them from a sequence.
 */
final class DemoCentreAtScale {
    static final int CUSTOMERS = 300;
    static final int DAYS = 365;
    /** A week holds 5.8 Wednesdays' worth of contacts (the generator's weekday factors). */
    private static final double WEEK_IN_WEDNESDAYS = 5.8;

    private final LocalDate firstDay;

    DemoCentreAtScale(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    /** Writes everything and commits; returns how many contacts were written. */
    long write(Connection connection, long contacts) throws SQLException {
        connection.setAutoCommit(false);
        List<DemoCustomer> customers = DemoCustomers.generate(new SplittableRandom(1), CUSTOMERS);
        long[] customerIds = insertCustomers(connection, customers);
        List<List<Staff>> staff = insertTeamsAndAgents(connection);
        connection.commit();
        long[] agentIds =
                staff.stream().flatMap(List::stream).mapToLong(Staff::agentId).toArray();
        StatusLogStream log = new StatusLogStream(new SplittableRandom(3), agentIds, firstDay, DAYS);
        new ShiftBulkWriter(connection).write(log.shifts().iterator());
        new StatusLogBulkWriter(connection).write(log);
        double[] weights =
                customers.stream().mapToDouble(DemoCustomer::contactWeight).toArray();
        ContactStream stream = new ContactStream(
                new SplittableRandom(2),
                customerIds,
                weights,
                staff,
                new long[] {1, 2, 3},
                perWednesday(contacts),
                firstDay,
                DAYS);
        return new ContactBulkWriter(connection).write(limit(stream, contacts));
    }

    /** Writes the year's shifts when a database written before shifts were part of it has none. */
    void scheduleIfUnscheduled(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet any = sql.executeQuery("select count(*) from agent_shift")) {
            any.next();
            if (any.getLong(1) > 0) {
                return;
            }
        }
        connection.setAutoCommit(false);
        // The contact-taking agents are the first three teams', with ids 1..n in the order write() gave them.
        int contactTaking = DemoAgents.TEAMS.subList(0, 3).stream()
                .mapToInt(DemoTeam::agents)
                .sum();
        long[] agentIds = LongStream.rangeClosed(1, contactTaking).toArray();
        new ShiftBulkWriter(connection)
                .write(new StatusLogStream(new SplittableRandom(3), agentIds, firstDay, DAYS)
                        .shifts()
                        .iterator());
    }

    /** The average Wednesday's volume that gives about {@code contacts} over the year (5 % spare, cut by limit). */
    static double perWednesday(long contacts) {
        return contacts / (DAYS / 7.0 * WEEK_IN_WEDNESDAYS) * 1.05;
    }

    /** The customers with explicit ids 1..n, their revenue included; not committed. */
    static long[] insertCustomers(Connection connection, List<DemoCustomer> customers) throws SQLException {
        long[] ids = new long[customers.size()];
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement("insert into customer (id, version, name,"
                + " preferred_language, time_zone, value_tier, annual_revenue_amount, annual_revenue_currency,"
                + " created_at, updated_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < customers.size(); i++) {
                var profile = customers.get(i).profile();
                ids[i] = i + 1;
                insert.setLong(1, ids[i]);
                insert.setString(2, profile.name());
                insert.setString(3, profile.preferredLanguage().toLanguageTag());
                insert.setString(4, profile.timeZone().getId());
                insert.setString(5, profile.valueTier().name());
                insert.setBigDecimal(
                        6, profile.annualRevenue().map(m -> m.amount()).orElse(null));
                insert.setString(
                        7,
                        profile.annualRevenue()
                                .map(m -> m.currency().getCurrencyCode())
                                .orElse(null));
                insert.setTimestamp(
                        8,
                        Timestamp.from(now.toInstant()
                                .minus(Duration.ofDays(customers.get(i).openedDaysAgo()))));
                insert.setTimestamp(9, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return ids;
    }

    /** Teams get ids 1..4 in the demo's order; the staff of the first three (the contact-taking ones) is returned. */
    private List<List<Staff>> insertTeamsAndAgents(Connection connection) throws SQLException {
        List<List<Staff>> staff = new ArrayList<>();
        try (PreparedStatement team = connection.prepareStatement(
                        "insert into team (id, version, name, service_function) values (?, 0, ?, ?)");
                PreparedStatement agent = connection.prepareStatement("insert into agent (id, version, name,"
                        + " team_id, support_tier, hire_date, status, status_since) values (?, 0, ?, ?, ?, ?,"
                        + " 'OFFLINE', ?)")) {
            for (int t = 0; t < DemoAgents.TEAMS.size(); t++) {
                DemoTeam demo = DemoAgents.TEAMS.get(t);
                team.setLong(1, t + 1L);
                team.setString(2, demo.name());
                team.setString(3, demo.function().name());
                team.executeUpdate();
                if (t < 3) {
                    staff.add(new ArrayList<>());
                }
            }
            long id = 0;
            for (DemoAgent demo : DemoAgents.generate(new SplittableRandom(4), firstDay)) {
                int t = DemoAgents.TEAMS.indexOf(DemoAgents.TEAMS.stream()
                        .filter(d -> d.name().equals(demo.team()))
                        .findFirst()
                        .orElseThrow());
                agent.setLong(1, ++id);
                agent.setString(2, demo.name());
                agent.setLong(3, t + 1L);
                agent.setString(4, demo.tier().name());
                agent.setObject(5, demo.hireDate());
                agent.setTimestamp(6, Timestamp.from(Instant.now()));
                agent.executeUpdate();
                if (t < 3) {
                    staff.get(t)
                            .add(new Staff(
                                    id,
                                    t + 1L,
                                    demo.tier(),
                                    demo.channels().stream()
                                            .map(ChannelSkill::channel)
                                            .toList()));
                }
            }
        }
        return staff;
    }

    /** The first {@code max} rows. */
    static Iterator<ContactRow> limit(Iterator<ContactRow> rows, long max) {
        return new Iterator<>() {
            private long left = max;

            @Override
            public boolean hasNext() {
                return left > 0 && rows.hasNext();
            }

            @Override
            public ContactRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                left--;
                return rows.next();
            }
        };
    }
}
