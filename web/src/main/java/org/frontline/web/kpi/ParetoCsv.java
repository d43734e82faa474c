package org.frontline.web.kpi;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.frontline.core.domain.pareto.ParetoReport;
import org.frontline.core.domain.pareto.RankedCustomer;

/** Every customer of an 80/20 analysis as CSV, ranked by revenue. */
final class ParetoCsv {
    private static final String[] HEADER = {
        "customer_id", "name", "revenue", "revenue_rank", "contacts", "contact_rank", "circle", "tier", "suggested_tier"
    };

    private ParetoCsv() {}

    static String of(ParetoReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv =
                CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (RankedCustomer c : report.customers()) {
                ParetoCustomerResponse row = ParetoCustomerResponse.from(c);
                csv.printRecord(
                        row.customerId(),
                        row.name(),
                        row.revenue(),
                        row.revenueRank(),
                        row.contacts(),
                        row.contactRank(),
                        row.circle(),
                        row.tier(),
                        row.suggestedTier());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
