package org.frontline.web.kpi;

import java.util.Arrays;
import java.util.List;
import org.frontline.core.domain.pareto.ParetoReport;
import org.frontline.web.platform.CsvText;

/** Every customer of an 80/20 analysis as CSV, ranked by revenue. */
final class ParetoCsv {
    private static final List<String> HEADER = List.of(
            "customer_id",
            "name",
            "revenue",
            "revenue_rank",
            "contacts",
            "contact_rank",
            "circle",
            "tier",
            "suggested_tier");

    private ParetoCsv() {}

    static String of(ParetoReport report) {
        return CsvText.of(
                HEADER,
                report.customers().stream()
                        .map(c -> {
                            ParetoCustomerResponse row = ParetoCustomerResponse.from(c);
                            return Arrays.<Object>asList(
                                    row.customerId(),
                                    row.name(),
                                    row.revenue(),
                                    row.revenueRank(),
                                    row.contacts(),
                                    row.contactRank(),
                                    row.circle(),
                                    row.tier(),
                                    row.suggestedTier());
                        })
                        .toList());
    }
}
