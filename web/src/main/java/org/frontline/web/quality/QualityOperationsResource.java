package org.frontline.web.quality;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.qualityaudit.operations.GroupBy;
import org.frontline.qualityaudit.operations.QualityOperationsService;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.platform.TimeWindow;
import org.frontline.web.security.Allowed;

/** QA joined with operations over REST: per agent or team, QA score beside AHT, FCR, CSAT and SLA compliance. */
@Path("/quality/operations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality")
@Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
public class QualityOperationsResource {
    private static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    @Inject
    QualityOperationsService operations;

    @GET
    @Operation(
            summary = "QA score next to handle time, first-contact resolution, CSAT and SLA compliance, per agent or"
                    + " team, over contacts that arrived in the period",
            description = "averageHandleSeconds: talk + hold + wrap-up of handled contacts; csatSatisfied: share of"
                    + " surveyed contacts rated 4-5; firstContactResolution: resolved cases with one contact in all,"
                    + " never reopened; slaCompliance: cases without an SLA breach; scoreVersusHandleTime: Pearson's r"
                    + " across the rows (negative: the slower, the better reviewed).")
    public QualityOperationsResponse table(
            @Parameter(description = "AGENT (default) or TEAM") @QueryParam("groupBy") String groupBy,
            @Parameter(description = "ISO-8601 start; default 30 days before to") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 end; default now") @QueryParam("to") String to) {
        TimeWindow window = TimeWindow.of(from, to, DEFAULT_PERIOD);
        GroupBy by =
                RequestParameters.enumeration("groupBy", groupBy, GroupBy.class).orElse(GroupBy.AGENT);
        return QualityOperationsResponse.from(
                operations.table(by, window.from(), window.to()),
                window.from().toString(),
                window.to().toString());
    }
}
