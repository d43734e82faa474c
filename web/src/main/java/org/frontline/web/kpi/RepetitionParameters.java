package org.frontline.web.kpi;

import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.frontline.core.domain.kpi.Granularity;
import org.frontline.core.domain.kpi.repetition.TopicQuery;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.platform.TimeWindow;

/** The query parameters of a repetition analysis, shared by the report, its CSVs and its job. */
public class RepetitionParameters {
    private static final Duration DEFAULT_PERIOD = Duration.ofDays(90);

    @Parameter(description = "ISO-8601 start; default 90 days before to")
    @QueryParam("from")
    String from;

    @Parameter(description = "ISO-8601 end (exclusive); default now; at most 366 days after from")
    @QueryParam("to")
    String to;

    @Parameter(description = "length of the trend series' intervals: DAY, WEEK (default) or HOUR")
    @QueryParam("interval")
    String interval;

    @Parameter(description = "time zone of days and weeks, e.g. Europe/Berlin; default the centre's")
    @QueryParam("zone")
    String zone;

    @Parameter(description = "topics listed and drawn, 1-50; default 10")
    @QueryParam("top")
    String top;

    @Parameter(description = "an account younger than this many days at the contact is new; default 90")
    @QueryParam("newAccountDays")
    String newAccountDays;

    @Parameter(description = "contacts a team's topic needs to count as a training need; default 20")
    @QueryParam("minContacts")
    String minContacts;

    @Parameter(description = "points a topic's FCR must fall below its team's to count; default 5")
    @QueryParam("fcrGap")
    String fcrGap;

    @Parameter(description = "percent a topic's AHT must exceed its team's by to count; default 20")
    @QueryParam("ahtExcess")
    String ahtExcess;

    TopicQuery query(ZoneId centreZone) {
        TimeWindow window = TimeWindow.of(from, to, DEFAULT_PERIOD);
        return new TopicQuery(
                window.from(),
                window.to(),
                RequestParameters.zone("zone", zone).orElse(centreZone),
                RequestParameters.enumeration("interval", interval, Granularity.class)
                        .orElse(Granularity.WEEK),
                RequestParameters.integer("top", top).orElse(10),
                Duration.ofDays(RequestParameters.integer("newAccountDays", newAccountDays)
                        .orElse(90)),
                RequestParameters.integer("minContacts", minContacts).orElse(20),
                RequestParameters.decimal("fcrGap", fcrGap).orElse(5.0),
                RequestParameters.decimal("ahtExcess", ahtExcess).orElse(20.0));
    }
}
