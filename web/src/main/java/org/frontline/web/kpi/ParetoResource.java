package org.frontline.web.kpi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Currency;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.pareto.ParetoAnalysis;
import org.frontline.core.domain.pareto.ParetoReport;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.platform.TimeWindow;

/** The 80/20 analysis of customers over REST, as JSON or as CSV of every customer. */
@Path("/kpis/pareto")
@RequestScoped
@Transactional
@Tag(name = "KPIs")
public class ParetoResource {
    private static final Duration DEFAULT_PERIOD = Duration.ofDays(90);
    private static final int DEFAULT_TOP = 20;

    @Inject
    ParetoAnalysis analysis;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "80/20: who brings the revenue, who brings the contacts, who does both, and suggested tiers",
            description = "Customers ranked by annual revenue (in one currency: the commonest unless currency is"
                    + " given) and by inbound contacts in the period. circles: BOTH (top by revenue and by"
                    + " contacts), HIGH_VALUE, HIGH_EFFORT, NEITHER, with their shares of customers, revenue and"
                    + " contacts. suggestedTier: PLATINUM for the customers who together bring the first 50 % of"
                    + " revenue, GOLD up to 80 %, SILVER up to 95 %, STANDARD for the rest.")
    public ParetoResponse analyse(
            @Parameter(description = "ISO-8601 start; default 90 days before to") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 end; default now") @QueryParam("to") String to,
            @Parameter(description = "size of each circle in percent of customers, 1-99; default 20") @QueryParam("top")
                    String top,
            @Parameter(description = "ISO 4217 code to compare revenue in") @QueryParam("currency") String currency,
            @Parameter(description = "customers listed, 1-1000; default 100") @QueryParam("limit") String limit) {
        return ParetoResponse.from(run(from, to, top, currency), RequestParameters.limit(limit, 100, 1000));
    }

    @GET
    @Path("customers.csv")
    @Produces("text/csv")
    @Operation(summary = "Every customer of the analysis, ranked by revenue, with circle and suggested tier")
    public Response csv(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("top") String top,
            @QueryParam("currency") String currency) {
        return Response.ok(ParetoCsv.of(run(from, to, top, currency)))
                .header("Content-Disposition", "attachment; filename=\"pareto.csv\"")
                .build();
    }

    private ParetoReport run(String from, String to, String top, String currency) {
        TimeWindow window = TimeWindow.of(from, to, DEFAULT_PERIOD);
        return analysis.analyse(
                window.from(),
                window.to(),
                RequestParameters.integer("top", top).orElse(DEFAULT_TOP),
                RequestParameters.text(currency).map(ParetoResource::currency));
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("currency", "'" + code + "' is not an ISO 4217 currency code");
        }
    }
}
