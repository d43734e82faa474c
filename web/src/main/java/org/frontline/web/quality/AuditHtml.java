package org.frontline.web.quality;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * An audit's report as a printable HTML page: what was sampled and how (so the sample can be re-derived), the
 * headline figures with their intervals, then the criteria, agents, teams and the change since the last audit.
 */
final class AuditHtml {
    private final StringBuilder html = new StringBuilder();

    private AuditHtml() {}

    /**
     * The report's styles, from the screens' folder (the page is served at {@code /api/quality/audits/{id}/report.html}):
     * a stylesheet, not inline styles, which the content security policy refuses.
     */
    static final String STYLESHEET = "../../../../ui/report.css";

    static String of(AuditReportResponse report, AuditResponse audit) {
        return new AuditHtml().page(report, audit);
    }

    private String page(AuditReportResponse r, AuditResponse a) {
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Audit ")
                .append(text(r.name()))
                .append("</title><link rel=\"stylesheet\" href=\"")
                .append(STYLESHEET)
                .append("\"></head><body>");
        html.append("<h1>Audit: ").append(text(r.name())).append("</h1>");
        if (r.interim()) {
            html.append("<p><strong>Interim:</strong> ")
                    .append(r.reviewed())
                    .append(" of ")
                    .append(r.sampled())
                    .append(" sampled contacts reviewed.</p>");
        }
        table(
                List.of("Scorecard", "Design", "Population", "Frozen at contact", "Seed", "Sampled", "Reviewed"),
                List.of(List.of(
                        r.scorecardName() + " v" + r.scorecardVersion(),
                        r.design()
                                + (a.design().stratifyBy() == null
                                        ? ""
                                        : " by " + a.design().stratifyBy()),
                        r.populationSize() + " contacts, " + a.population().from() + " to "
                                + a.population().to(),
                        String.valueOf(a.population().throughContactId()),
                        String.valueOf(a.seed()),
                        String.valueOf(r.sampled()),
                        String.valueOf(r.reviewed()))));
        String level = percent(r.confidence());
        html.append("<h2>Results (").append(level).append(" confidence)</h2>");
        table(
                List.of("Figure", "Estimate", "Interval", "Reviews"),
                List.of(
                        estimate("Compliance rate", r.compliance(), true),
                        estimate("Mean score", r.meanScore(), false)));
        html.append("<h2>Criteria</h2>");
        table(
                List.of("Section", "Criterion", "Critical", "Rated", "N/A", "Failure rate", "Interval", "Mean"),
                r.criteria().stream()
                        .map(c -> List.of(
                                c.section(),
                                c.criterion(),
                                c.critical(),
                                String.valueOf(c.rated()),
                                String.valueOf(c.notApplicable()),
                                c.failureRate() == null
                                        ? "–"
                                        : percent(c.failureRate().rate()),
                                c.failureRate() == null ? "–" : interval(c.failureRate()),
                                c.meanShare() == null ? "–" : percent(c.meanShare())))
                        .toList());
        groups("Agents", "Agent", r.agents());
        groups("Teams", "Team", r.teams());
        html.append("<h2>Disputes</h2>");
        table(
                List.of("Raised", "Open", "Upheld", "Partly accepted", "Overturned"),
                List.of(List.of(
                        String.valueOf(r.disputes().raised()),
                        String.valueOf(r.disputes().open()),
                        String.valueOf(r.disputes().upheld()),
                        String.valueOf(r.disputes().partlyAccepted()),
                        String.valueOf(r.disputes().overturned()))));
        if (r.previous() != null) {
            html.append("<h2>Since the previous audit</h2><p>")
                    .append(text(r.previous().name()))
                    .append(": ")
                    .append(percent(r.previous().compliance()))
                    .append(" compliant; change ")
                    .append(String.format(
                            Locale.ROOT, "%+.1f points", 100 * r.previous().change()))
                    .append(
                            r.previous().pValue() == null
                                    ? ""
                                    : String.format(
                                            Locale.ROOT,
                                            " (p = %.3f)",
                                            r.previous().pValue()))
                    .append(r.previous().significant() ? ", significant." : ", within chance.")
                    .append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private void groups(String title, String key, List<AuditReportResponse.GroupResponse> groups) {
        html.append("<h2>").append(title).append("</h2>");
        table(
                List.of(key, "Sampled", "Reviewed", "Compliance", "Interval", "Mean score"),
                groups.stream()
                        .map(g -> List.of(
                                g.key(),
                                String.valueOf(g.sampled()),
                                String.valueOf(g.reviewed()),
                                g.compliance() == null
                                        ? "–"
                                        : percent(g.compliance().rate()),
                                g.compliance() == null ? "–" : interval(g.compliance()),
                                g.meanScore() == null ? "–" : String.format(Locale.ROOT, "%.1f", g.meanScore())))
                        .toList());
    }

    private static List<String> estimate(String name, AuditReportResponse.EstimateResponse e, boolean rate) {
        if (e == null) {
            return List.of(name, "–", "–", "0");
        }
        String format = rate ? "%.1f%%" : "%.1f";
        double scale = rate ? 100 : 1;
        return List.of(
                name,
                String.format(Locale.ROOT, format, scale * e.value()),
                String.format(Locale.ROOT, format + " – " + format, scale * e.lower(), scale * e.upper()),
                String.valueOf(e.reviewed()));
    }

    private void table(List<String> header, List<List<String>> rows) {
        html.append("<table><thead><tr>");
        header.forEach(h -> html.append("<th scope=\"col\">").append(text(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(text(cell)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static String interval(AuditReportResponse.RateResponse rate) {
        return percent(rate.lower()) + " – " + percent(rate.upper());
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String text(String value) {
        return Entities.escape(value == null ? "" : value);
    }
}
