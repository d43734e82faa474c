package org.frontline.web.kpi;

import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.frontline.core.domain.kpi.Granularity;
import org.frontline.core.domain.kpi.Grouping;
import org.frontline.core.domain.kpi.KpiQuery;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.platform.TimeWindow;

/** The query parameters of a KPI report, shared by its JSON, its CSV and its job. */
public class KpiReportParameters {
    private static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    @Parameter(description = "ISO-8601 start; default 30 days before to")
    @QueryParam("from")
    String from;

    @Parameter(description = "ISO-8601 end (exclusive); default now")
    @QueryParam("to")
    String to;

    @Parameter(description = "NONE (default), CHANNEL, TEAM, AGENT, CUSTOMER_TIER, SERVICE_FUNCTION, QUEUE")
    @QueryParam("groupBy")
    String groupBy;

    @Parameter(description = "for a time series: QUARTER_HOUR, HOUR, DAY or WEEK (at most 3,000 intervals)")
    @QueryParam("interval")
    String interval;

    @Parameter(description = "time zone of days and weeks, e.g. Europe/Berlin; default the centre's")
    @QueryParam("zone")
    String zone;

    KpiQuery query(ZoneId centreZone) {
        TimeWindow window = TimeWindow.of(from, to, DEFAULT_PERIOD);
        return new KpiQuery(
                window.from(),
                window.to(),
                RequestParameters.zone("zone", zone).orElse(centreZone),
                RequestParameters.enumeration("groupBy", groupBy, Grouping.class)
                        .orElse(Grouping.NONE),
                RequestParameters.enumeration("interval", interval, Granularity.class));
    }
}
