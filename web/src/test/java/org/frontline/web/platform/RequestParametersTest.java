package org.frontline.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

class RequestParametersTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        assertThat(RequestParameters.page(null, " ")).isEqualTo(new PageRequest(0, 20));
    }

    @Test
    void readsBothPageParameters() {
        assertThat(RequestParameters.page("3", "50")).isEqualTo(new PageRequest(3, 50));
    }

    @Test
    void namesTheParameterThatIsNotANumber() {
        assertInvalid(() -> RequestParameters.page("two", null), "page", "must be a whole number, got 'two'");
    }

    @Test
    void rejectsSizesBeyondTheLimit() {
        assertInvalid(() -> RequestParameters.page("0", "1000"), "size", "must be between 1 and 100, got 1000");
    }

    @Test
    void readsDecimalsDatesAndTimeZonesNamingTheParameterThatIsNotOne() {
        assertThat(RequestParameters.decimal("serviceLevel", " 0.8 ")).contains(0.8);
        assertThat(RequestParameters.date("until", "2026-11-30")).contains(LocalDate.of(2026, 11, 30));
        assertThat(RequestParameters.zone("timeZone", "Europe/Paris")).contains(ZoneId.of("Europe/Paris"));
        assertThat(RequestParameters.decimal("serviceLevel", "")).isEmpty();
        assertInvalid(
                () -> RequestParameters.decimal("serviceLevel", "NaN"),
                "serviceLevel",
                "must be a number such as 0.8 or 20, got 'NaN'");
        assertInvalid(
                () -> RequestParameters.date("until", "30/11/2026"),
                "until",
                "'30/11/2026' is not a date such as 2026-11-30");
        assertInvalid(
                () -> RequestParameters.zone("timeZone", "Mars/Olympus"),
                "timeZone",
                "'Mars/Olympus' is not a time zone such as Europe/Paris or UTC");
    }

    @Test
    void boundsHowManyItemsACallerMayAskFor() {
        assertThat(RequestParameters.limit(null, 5, 20)).isEqualTo(5);
        assertThat(RequestParameters.limit("20", 5, 20)).isEqualTo(20);
        assertInvalid(() -> RequestParameters.limit("0", 5, 20), "limit", "must be between 1 and 20, got 0");
    }

    @Test
    void readsEnumsInAnyCaseAndListsTheAcceptedNames() {
        assertThat(RequestParameters.enumeration("channel", " chat ", Channel.class))
                .contains(Channel.CHAT);
        assertInvalid(
                () -> RequestParameters.enumeration("channel", "fax", Channel.class),
                "channel",
                "'fax' is not one of [PHONE, EMAIL, CHAT, WEB]");
    }

    @Test
    void readsInstantsAndIds() {
        assertThat(RequestParameters.instant("from", "2026-11-23T09:00:00Z"))
                .contains(Instant.parse("2026-11-23T09:00:00Z"));
        assertThat(RequestParameters.id("teamId", "42")).contains(42L);
        assertInvalid(() -> RequestParameters.instant("from", "yesterday"), "from", null);
        assertInvalid(() -> RequestParameters.id("teamId", "x"), "teamId", null);
    }

    private static void assertInvalid(Runnable parse, String field, String message) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            if (message != null) {
                assertThat(e.getMessage()).isEqualTo(message);
            }
        });
    }
}
