package org.frontline.web.staffing;

import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.OptionalDouble;
import org.frontline.core.domain.shared.Channel;
import org.frontline.routing.planning.WeekPlanQuestion;
import org.frontline.routing.staffing.ServiceTarget;
import org.frontline.web.platform.RequestParameters;

/**
 * The query parameters of a week plan, each optional: {@code timeZone} (UTC), {@code channel} (all), {@code weeks} of
 * history (4) before {@code until} (a date; the start of this week), and the staffing target as for the calculators.
 */
public class WeekPlanParameters {
    @QueryParam("timeZone")
    String timeZone;

    @QueryParam("channel")
    String channel;

    @QueryParam("weeks")
    String weeks;

    @QueryParam("until")
    String until;

    @QueryParam("serviceLevel")
    String serviceLevel;

    @QueryParam("thresholdSeconds")
    String thresholdSeconds;

    @QueryParam("maxOccupancy")
    String maxOccupancy;

    @QueryParam("maxAbandonment")
    String maxAbandonment;

    @QueryParam("shrinkage")
    String shrinkage;

    @QueryParam("concurrency")
    String concurrency;

    @QueryParam("patienceSeconds")
    String patienceSeconds;

    WeekPlanQuestion question(Clock clock) {
        ZoneId zone = RequestParameters.zone("timeZone", timeZone).orElse(ZoneOffset.UTC);
        LocalDate end = RequestParameters.date("until", until)
                .orElseGet(() ->
                        LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        Instant endsAt = end.atStartOfDay(zone).toInstant();
        return new WeekPlanQuestion(
                zone,
                RequestParameters.enumeration("channel", channel, Channel.class),
                endsAt,
                RequestParameters.integer("weeks", weeks).orElse(4),
                ServiceTarget.withDefaults(
                        RequestParameters.decimal("serviceLevel", serviceLevel),
                        RequestParameters.decimal("thresholdSeconds", thresholdSeconds),
                        RequestParameters.decimal("maxOccupancy", maxOccupancy),
                        RequestParameters.decimal("maxAbandonment", maxAbandonment)),
                RequestParameters.decimal("shrinkage", shrinkage).orElse(0.0),
                RequestParameters.integer("concurrency", concurrency).orElse(1),
                RequestParameters.decimal("patienceSeconds", patienceSeconds)
                        .map(OptionalDouble::of)
                        .orElse(OptionalDouble.empty()));
    }
}
