package org.frontline.core.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.frontline.core.domain.customer.CustomerProfile;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.Money;

/**
 * Customers whose revenue and contact volume both follow the 80/20 rule, drawn independently so the top-revenue and
 * top-effort circles overlap only by chance, as seed 004 describes.
 */
public final class DemoCustomers {
    /** Pareto shape giving roughly 80% of the total to the top 20%. */
    static final double PARETO_ALPHA = 1.16;
    /** Caps the heavy tail so one draw cannot dwarf a whole demo (a billion-euro customer among shops). */
    private static final double MAX_DRAW = 100_000;

    private static final String[] NAMES = {
        "Northwind",
        "Contoso",
        "Fabrikam",
        "Tailspin",
        "Alpine",
        "Wingtip",
        "Lucerne",
        "Margie's",
        "Proseware",
        "Adatum",
        "Litware",
        "Woodgrove",
        "Coho",
        "Trey",
        "Humongous",
        "Fourth Coffee",
        "Blue Yonder",
        "Relecloud",
        "Wide World",
        "Graphic Design",
        "Southridge",
        "VanArsdel",
        "Bellows",
        "Datum",
        "Consolidated",
        "Nod",
        "Café Olé",
        "Zoë's",
        "Ångström",
        "José's"
    };
    private static final String[] KINDS = {
        "Traders", "Pharmaceuticals", "Energy", "Toys", "Ski House", "Bicycles", "Publishing", "Travel", "Software",
        "Corporation", "Insurance", "Bank", "Winery", "Research", "Freight", "Logistics", "Airlines", "Cloud",
        "Importers", "Institute", "Video", "Furniture", "College", "Systems", "Messenger", "Publishers"
    };
    private static final String[][] LOCALES = {
        {"en-GB", "Europe/London"}, {"en-US", "America/New_York"}, {"en-US", "America/Chicago"},
        {"fr-FR", "Europe/Paris"}, {"de-DE", "Europe/Berlin"}, {"es-ES", "Europe/Madrid"},
        {"es-MX", "America/Mexico_City"}, {"en-AU", "Australia/Sydney"}, {"fr-CA", "America/Montreal"},
        {"de-CH", "Europe/Zurich"}
    };

    private DemoCustomers() {}

    /** Of the customers, the share whose account opened within the last {@value #NEW_WITHIN_DAYS} days. */
    private static final double NEW_SHARE = 0.15;

    private static final int NEW_WITHIN_DAYS = 120;
    private static final int OLDEST_DAYS = 2000;

    /**
     * One generated customer, how often, relative to the others, they contact the centre, and how many days ago their
     * account opened.
     */
    public record DemoCustomer(CustomerProfile profile, double contactWeight, int openedDaysAgo) {}

    public static List<DemoCustomer> generate(SplittableRandom random, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be > 0, got " + count);
        }
        List<double[]> draws = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            draws.add(new double[] {pareto(random, 5_000), pareto(random, 1)});
        }
        List<Double> revenues =
                draws.stream().map(d -> d[0]).sorted(Comparator.reverseOrder()).toList();
        double platinum = revenues.get(Math.max(0, count / 20 - 1));
        double gold = revenues.get(Math.max(0, count / 5 - 1));
        double silver = revenues.get(Math.max(0, count / 2 - 1));
        List<DemoCustomer> customers = new ArrayList<>(count);
        // Opening dates have their own stream, so adding them left every other draw as it was.
        SplittableRandom opened = new SplittableRandom(count);
        for (int i = 0; i < count; i++) {
            double revenue = draws.get(i)[0];
            String[] locale = LOCALES[random.nextInt(LOCALES.length)];
            String name =
                    NAMES[random.nextInt(NAMES.length)] + " " + KINDS[random.nextInt(KINDS.length)] + " " + (i + 1);
            ValueTier tier = revenue >= platinum
                    ? ValueTier.PLATINUM
                    : revenue >= gold ? ValueTier.GOLD : revenue >= silver ? ValueTier.SILVER : ValueTier.STANDARD;
            CustomerProfile profile = new CustomerProfile(
                    name,
                    "support@customer" + (i + 1) + ".example",
                    null,
                    Locale.forLanguageTag(locale[0]),
                    ZoneId.of(locale[1]),
                    tier,
                    Optional.of(new Money(
                            BigDecimal.valueOf(revenue).setScale(2, RoundingMode.HALF_UP), currency(locale[0]))));
            int openedDaysAgo = opened.nextDouble() < NEW_SHARE
                    ? opened.nextInt(1, NEW_WITHIN_DAYS)
                    : opened.nextInt(NEW_WITHIN_DAYS, OLDEST_DAYS);
            customers.add(new DemoCustomer(profile, draws.get(i)[1], openedDaysAgo));
        }
        return customers;
    }

    private static Currency currency(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        return Currency.getInstance(locale.getCountry().isEmpty() ? Locale.UK : locale);
    }

    /** A Pareto (type I) draw with minimum {@code scale}. */
    static double pareto(SplittableRandom random, double scale) {
        return Math.min(MAX_DRAW * scale, scale / Math.pow(1 - random.nextDouble(), 1 / PARETO_ALPHA));
    }
}
