package org.frontline.web.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;
import org.frontline.core.domain.customer.CustomerProfile;
import org.frontline.core.domain.customer.ValueTier;
import org.frontline.core.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class CustomerRequestTest {

    private static CustomerRequest request(String language, String zone, String tier, MoneyPayload revenue) {
        return new CustomerRequest(" Ada ", "", null, language, zone, tier, revenue, null);
    }

    @Test
    void defaultsToEnglishUtcAndStandardTier() {
        CustomerProfile profile = request(null, null, null, null).toProfile();

        assertThat(profile.name()).isEqualTo("Ada");
        assertThat(profile.email()).isNull();
        assertThat(profile.preferredLanguage()).isEqualTo(Locale.ENGLISH);
        assertThat(profile.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(profile.valueTier()).isEqualTo(ValueTier.STANDARD);
        assertThat(profile.annualRevenue()).isEmpty();
    }

    @Test
    void acceptsTierInAnyCaseAndRegionalLanguages() {
        CustomerProfile profile =
                request("es-MX", "America/Mexico_City", "gold", null).toProfile();

        assertThat(profile.preferredLanguage().toLanguageTag()).isEqualTo("es-MX");
        assertThat(profile.valueTier()).isEqualTo(ValueTier.GOLD);
    }

    @Test
    void namesEachFieldItCannotInterpret() {
        assertInvalid(request("klingon", null, null, null), "preferredLanguage");
        assertInvalid(request(null, "Mars/Base", null, null), "timeZone");
        assertInvalid(request(null, null, "DIAMOND", null), "valueTier");
        assertInvalid(request(null, null, null, new MoneyPayload(BigDecimal.ONE, "ZZZ")), "annualRevenue.currency");
        assertInvalid(
                request(null, null, null, new MoneyPayload(new BigDecimal("1.001"), "EUR")), "annualRevenue.amount");
    }

    @Test
    void requiresAVersionToUpdate() {
        assertInvalid(request(null, null, null, null)::requiredVersion, "version");
    }

    private static void assertInvalid(CustomerRequest request, String field) {
        assertInvalid(request::toProfile, field);
    }

    private static void assertInvalid(Runnable conversion, String field) {
        assertThatThrownBy(conversion::run)
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
