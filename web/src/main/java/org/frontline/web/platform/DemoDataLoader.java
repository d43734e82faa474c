package org.frontline.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.frontline.core.domain.customer.CustomerProfile;
import org.frontline.core.domain.customer.CustomerService;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.Money;
import org.frontline.core.domain.shared.PageRequest;

/** The demo centre's customers: a few large accounts bring most revenue, as the 80/20 rule predicts. */
@ApplicationScoped
public class DemoDataLoader {

    @Inject
    CustomerService customers;

    /** Registers the demo customers in one transaction, unless some customer exists already; returns how many. */
    @Transactional
    public int loadIntoEmptyDatabase() {
        if (customers.list(new PageRequest(0, 1)).totalItems() > 0) {
            return 0;
        }
        List<CustomerProfile> demo = List.of(
                customer("Northwind Traders", "en-GB", "Europe/London", ValueTier.PLATINUM, "2400000", "GBP"),
                customer("Contoso Pharmaceuticals", "de-DE", "Europe/Berlin", ValueTier.PLATINUM, "1850000", "EUR"),
                customer("Fabrikam Énergie", "fr-FR", "Europe/Paris", ValueTier.GOLD, "620000", "EUR"),
                customer("Tailspin Toys", "en-US", "America/Chicago", ValueTier.GOLD, "410000", "USD"),
                customer("Alpine Ski House", "de-CH", "Europe/Zurich", ValueTier.SILVER, "96000", "CHF"),
                customer("Café Olé Distribuciones", "es-MX", "America/Mexico_City", ValueTier.SILVER, "88000", "MXN"),
                customer("Margie's Travel", "en-AU", "Australia/Sydney", ValueTier.STANDARD, "24000", "AUD"),
                customer("Lucerne Publishing", "fr-CH", "Europe/Zurich", ValueTier.STANDARD, "18500", "CHF"),
                customer("Wingtip Bicycles", "es-ES", "Europe/Madrid", ValueTier.STANDARD, "12000", "EUR"),
                customer("Zoë Ångström", "sv-SE", "Europe/Stockholm", ValueTier.STANDARD, "900", "SEK"),
                customer("Ada Lovelace", "en-GB", "Europe/London", ValueTier.STANDARD, "450", "GBP"),
                customer("José Álvarez", "es-AR", "America/Argentina/Buenos_Aires", ValueTier.STANDARD, "300", "ARS"));
        demo.forEach(customers::register);
        return demo.size();
    }

    private static CustomerProfile customer(
            String name, String language, String zone, ValueTier tier, String revenue, String currency) {
        String mailbox = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]+", ".")
                .replaceAll("^\\.|\\.$", "");
        return new CustomerProfile(
                name,
                "support@" + mailbox + ".example",
                null,
                Locale.forLanguageTag(language),
                ZoneId.of(zone),
                tier,
                Optional.of(Money.of(revenue, currency)));
    }
}
