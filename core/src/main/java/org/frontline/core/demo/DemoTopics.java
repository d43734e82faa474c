package org.frontline.core.demo;

import java.util.List;
import java.util.Map;

/**
 * What the demo centre's customers contact it about: reason codes per contact-taking team (support, technical support,
 * sales) with the subject a case about each would have, and how the contacts split between the teams.
 */
final class DemoTopics {
    private DemoTopics() {}

    static final List<List<String>> REASONS = List.of(
            List.of(
                    "billing.invoice",
                    "billing.refund",
                    "accounts.password",
                    "accounts.address",
                    "orders.status",
                    "orders.return"),
            List.of("networking.outage", "networking.slow", "hardware.fault", "software.install", "mobile.setup"),
            List.of("sales.quote", "renewals.contract", "upgrades.plan"));

    static final double[] TEAM_SHARE = {0.5, 0.3, 0.2};

    static final Map<String, List<String>> SUBJECTS = Map.ofEntries(
            Map.entry(
                    "billing.invoice",
                    List.of("Invoice shows the wrong amount", "Need a copy of last month's invoice")),
            Map.entry("billing.refund", List.of("Refund not received", "Charged twice for one order")),
            Map.entry("accounts.password", List.of("Cannot log in", "Password reset email never arrives")),
            Map.entry("accounts.address", List.of("Change of billing address", "Update company details")),
            Map.entry("orders.status", List.of("Where is my order?", "Delivery date keeps moving")),
            Map.entry("orders.return", List.of("Return a damaged router", "Return label not working")),
            Map.entry("networking.outage", List.of("No internet at the office", "VPN drops every few minutes")),
            Map.entry(
                    "networking.slow",
                    List.of("Connection very slow since Monday", "Dashboard takes a minute to load")),
            Map.entry("hardware.fault", List.of("Router restarts by itself", "Desk phone has no dial tone")),
            Map.entry("software.install", List.of("Client app will not install", "Licence key rejected")),
            Map.entry("mobile.setup", List.of("Cannot set up email on my phone", "Mobile app keeps logging out")),
            Map.entry("sales.quote", List.of("Quote for 50 more seats", "Pricing for the enterprise plan")),
            Map.entry("renewals.contract", List.of("Contract renewal terms", "Cancel automatic renewal")),
            Map.entry("upgrades.plan", List.of("Upgrade to the premium plan", "Add a second site to our plan")));

    /** The index of a team drawn by its share of contacts. */
    static int team(double roll) {
        double sum = 0;
        for (int i = 0; i < TEAM_SHARE.length; i++) {
            sum += TEAM_SHARE[i];
            if (roll < sum) {
                return i;
            }
        }
        return TEAM_SHARE.length - 1;
    }
}
