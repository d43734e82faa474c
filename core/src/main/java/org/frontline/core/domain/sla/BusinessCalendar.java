package org.frontline.core.domain.sla;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * When the centre works, in one time zone: hours per weekday and holidays. SLA clocks run only inside its working
 * time.
 */
@Entity
@Table(name = "business_calendar")
public class BusinessCalendar {
    /** How far ahead the calendar looks for working time before it gives up (a calendar that never works). */
    static final int MAX_DAYS_AHEAD = 3 * 366;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_calendar_seq")
    @SequenceGenerator(name = "business_calendar_seq", sequenceName = "business_calendar_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @ElementCollection
    @CollectionTable(name = "calendar_working_hours", joinColumns = @JoinColumn(name = "calendar_id"))
    private Set<WorkingHours> workingHours = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "calendar_holiday", joinColumns = @JoinColumn(name = "calendar_id"))
    private Set<Holiday> holidays = new HashSet<>();

    /** For Jakarta Persistence only. */
    protected BusinessCalendar() {}

    public BusinessCalendar(String name, ZoneId zone, Set<WorkingHours> hours, Set<Holiday> holidays) {
        assign(name, zone, hours, holidays);
    }

    /** Replaces the calendar's definition. */
    public void redefine(String name, ZoneId zone, Set<WorkingHours> hours, Set<Holiday> holidays) {
        assign(name, zone, hours, holidays);
    }

    private void assign(String name, ZoneId zone, Set<WorkingHours> hours, Set<Holiday> holidays) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new InvalidValueException("name", "must not be blank");
        }
        Objects.requireNonNull(zone, "zone");
        if (hours.isEmpty()) {
            throw new InvalidValueException("workingHours", "a calendar needs at least one working day");
        }
        if (hours.stream().map(WorkingHours::day).distinct().count() != hours.size()) {
            throw new InvalidValueException("workingHours", "give each weekday at most once");
        }
        this.name = name.strip();
        this.timeZone = zone.getId();
        this.workingHours.clear();
        this.workingHours.addAll(hours);
        this.holidays.clear();
        this.holidays.addAll(holidays);
    }

    /** The calendar's working time from {@code from} onwards, window by window, in order. */
    public Iterator<TimeWindow> workingTimeFrom(Instant from) {
        ZoneId zone = zone();
        Set<LocalDate> days = holidays.stream().map(Holiday::date).collect(Collectors.toSet());
        return new Iterator<>() {
            private LocalDate day = from.atZone(zone).toLocalDate();
            private final LocalDate lastDay = day.plusDays(MAX_DAYS_AHEAD);
            private TimeWindow next = advance();

            private TimeWindow advance() {
                while (!day.isAfter(lastDay)) {
                    LocalDate current = day;
                    day = day.plusDays(1);
                    if (days.contains(current)) {
                        continue;
                    }
                    Optional<WorkingHours> hours = hoursOn(current);
                    if (hours.isEmpty()) {
                        continue;
                    }
                    Instant open =
                            current.atTime(hours.get().opens()).atZone(zone).toInstant();
                    Instant close = hours.get().closes().equals(LocalTime.MIDNIGHT)
                            ? current.plusDays(1).atStartOfDay(zone).toInstant()
                            : current.atTime(hours.get().closes()).atZone(zone).toInstant();
                    if (close.isAfter(from)) {
                        return new TimeWindow(open.isBefore(from) ? from : open, close);
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public TimeWindow next() {
                if (next == null) {
                    throw new NoSuchElementException("no working time within " + MAX_DAYS_AHEAD + " days");
                }
                TimeWindow current = next;
                next = advance();
                return current;
            }
        };
    }

    private Optional<WorkingHours> hoursOn(LocalDate date) {
        return workingHours.stream().filter(h -> h.day() == date.getDayOfWeek()).findFirst();
    }

    public ZoneId zone() {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalStateException("calendar " + id + " has an unknown time zone " + timeZone, e);
        }
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public Set<WorkingHours> workingHours() {
        return Set.copyOf(workingHours);
    }

    public Set<Holiday> holidays() {
        return Set.copyOf(holidays);
    }
}
