package org.frontline.web.kpi;

import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.frontline.core.domain.pareto.ParetoAnalysis;
import org.frontline.core.domain.pareto.ParetoReport;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.platform.TimeWindow;

/** The query parameters of an 80/20 analysis, shared by its JSON, its CSV and its job. */
public class ParetoParameters {
    private static final Duration DEFAULT_PERIOD = Duration.ofDays(90);
    private static final int DEFAULT_TOP = 20;

    @Parameter(description = "ISO-8601 start; default 90 days before to")
    @QueryParam("from")
    String from;

    @Parameter(description = "ISO-8601 end; default now")
    @QueryParam("to")
    String to;

    @Parameter(description = "size of each circle in percent of customers, 1-99; default 20")
    @QueryParam("top")
    String top;

    @Parameter(description = "ISO 4217 code to compare revenue in")
    @QueryParam("currency")
    String currency;

    @Parameter(description = "customers listed (JSON only), 1-1000; default 100")
    @QueryParam("limit")
    String limit;

    /** An analysis checked and ready to run. */
    record ParetoQuery(Instant from, Instant to, int top, Optional<Currency> currency) {
        ParetoReport runWith(ParetoAnalysis analysis) {
            return analysis.analyse(from, to, top, currency);
        }
    }

    ParetoQuery query() {
        TimeWindow window = TimeWindow.of(from, to, DEFAULT_PERIOD);
        int percent = RequestParameters.integer("top", top).orElse(DEFAULT_TOP);
        ParetoAnalysis.check(window.from(), window.to(), percent);
        return new ParetoQuery(
                window.from(),
                window.to(),
                percent,
                RequestParameters.text(currency).map(ParetoParameters::currency));
    }

    /** How many customers the JSON lists. */
    int limit() {
        return RequestParameters.limit(limit, 100, 1000);
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("currency", "'" + code + "' is not an ISO 4217 currency code");
        }
    }
}
