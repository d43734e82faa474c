package org.frontline.web.sla;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.sla.Holiday;
import org.frontline.core.domain.sla.WorkingHours;
import org.frontline.web.platform.RequestParameters;

/**
 * A business calendar as a client sends it: a time zone, hours per weekday ("09:00" to "17:00"; "00:00" to "00:00"
 * is round the clock) and holidays.
 */
public record CalendarRequest(
        @NotBlank @Size(max = 100) String name,
        @NotBlank String timeZone,
        @NotNull @Size(min = 1, max = 7) @Valid List<@NotNull Hours> workingHours,
        @Valid List<@NotNull Day> holidays,
        @PositiveOrZero Long version) {

    /** One weekday's hours. */
    public record Hours(
            @NotBlank String day,
            @NotNull LocalTime opens,
            @NotNull LocalTime closes) {}

    /** One day off. */
    public record Day(
            @NotNull LocalDate date, @Size(max = 100) String name) {}

    ZoneId zone() {
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new InvalidValueException("timeZone", "'" + timeZone + "' is not a time zone such as Europe/Paris");
        }
    }

    Set<WorkingHours> hours() {
        return workingHours.stream()
                .map(h -> new WorkingHours(
                        RequestParameters.enumeration("workingHours", h.day(), DayOfWeek.class)
                                .orElseThrow(),
                        h.opens(),
                        h.closes()))
                .collect(Collectors.toSet());
    }

    Set<Holiday> days() {
        return holidays == null
                ? Set.of()
                : holidays.stream().map(d -> new Holiday(d.date(), d.name())).collect(Collectors.toSet());
    }

    long requiredVersion() {
        return RequestParameters.requiredVersion(version);
    }
}
