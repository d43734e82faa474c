package org.frontline.core.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.Money;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.domain.shared.StaleVersionException;
import org.junit.jupiter.api.Test;

class CustomerServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:15:30.123456789Z");

    private final InMemoryCustomerRepository repository = new InMemoryCustomerRepository();
    private final CustomerService service =
            new CustomerService(repository, repository, Clock.fixed(NOW, ZoneOffset.UTC));

    private static CustomerProfile profile(String name, ValueTier tier) {
        return new CustomerProfile(
                name,
                "a@example.com",
                null,
                Locale.FRENCH,
                ZoneId.of("Europe/Paris"),
                tier,
                Optional.of(Money.of("1200.50", "EUR")));
    }

    @Test
    void registersCustomerWithTheProfileGivenAndMicrosecondTimestamps() {
        Customer customer = service.register(profile("Ada", ValueTier.GOLD));

        assertThat(customer.profile()).isEqualTo(profile("Ada", ValueTier.GOLD));
        assertThat(customer.createdAt()).isEqualTo(Instant.parse("2026-11-23T09:15:30.123456Z"));
        assertThat(customer.updatedAt()).isEqualTo(customer.createdAt());
    }

    @Test
    void revisesTheProfileWhenTheCallerHoldsTheCurrentVersion() {
        service.register(profile("Ada", ValueTier.GOLD));

        Customer revised = service.revise(1, 0, profile("Ada King", ValueTier.PLATINUM));

        assertThat(revised.name()).isEqualTo("Ada King");
        assertThat(revised.valueTier()).isEqualTo(ValueTier.PLATINUM);
        assertThat(repository.flushes)
                .as("conflicts are detected before commit")
                .isEqualTo(1);
    }

    @Test
    void refusesARevisionBasedOnAnOlderVersion() {
        service.register(profile("Ada", ValueTier.GOLD));

        assertThatThrownBy(() -> service.revise(1, 3, profile("Ada King", ValueTier.GOLD)))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("you sent version 3 but the current version is 0");
        assertThat(service.get(1).name()).isEqualTo("Ada");
    }

    @Test
    void reportsAMissingCustomerByItsId() {
        assertThatThrownBy(() -> service.get(42))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("customer 42 does not exist");
    }

    @Test
    void listsCustomersByNameOnePageAtATime() {
        service.register(profile("Carla", ValueTier.STANDARD));
        service.register(profile("Ada", ValueTier.STANDARD));
        service.register(profile("Bea", ValueTier.STANDARD));

        var page = service.list(new PageRequest(1, 2));

        assertThat(page.items()).extracting(Customer::name).containsExactly("Carla");
        assertThat(page.totalItems()).isEqualTo(3);
        assertThat(page.totalPages()).isEqualTo(2);
    }

    @Test
    void findsByTextAndListsEveryoneWhenTheTextIsBlank() {
        service.register(profile("Ada Lovelace", ValueTier.STANDARD));
        service.register(profile("Grace Hopper", ValueTier.STANDARD));

        assertThat(service.find("  Hopper ", new PageRequest(0, 10)).items())
                .extracting(Customer::name)
                .containsExactly("Grace Hopper");
        assertThat(service.find(" ", new PageRequest(0, 10)).totalItems()).isEqualTo(2);
    }

    @Test
    void retiersCustomersByRevenueInTheThresholdsCurrency() {
        service.register(profile("Big", ValueTier.STANDARD));
        service.register(new CustomerProfile(
                "Dollar",
                null,
                null,
                Locale.ENGLISH,
                ZoneId.of("UTC"),
                ValueTier.GOLD,
                Optional.of(Money.of("5", "USD"))));
        TierThresholds euros = new TierThresholds(
                Currency.getInstance("EUR"), new BigDecimal("1000"), new BigDecimal("500"), new BigDecimal("100"));

        CustomerService.RetierSummary summary = service.retier(euros);

        assertThat(summary).isEqualTo(new CustomerService.RetierSummary(2, 1, 1));
        assertThat(service.get(1).valueTier()).as("1200.50 EUR").isEqualTo(ValueTier.PLATINUM);
        assertThat(service.get(2).valueTier()).as("no euro revenue: unchanged").isEqualTo(ValueTier.GOLD);
    }

    @Test
    void thresholdsMustDescend() {
        assertThatThrownBy(() -> new TierThresholds(
                        Currency.getInstance("EUR"), new BigDecimal("100"), new BigDecimal("500"), BigDecimal.ONE))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("platinum"));
    }

    @Test
    void rejectsABlankName() {
        assertThatThrownBy(() -> profile(" ", ValueTier.GOLD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank");
    }
}
