package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contacts through REST: recording, derived times, consistency checks, surveys, listing. */
@ExtendWith(ArquillianExtension.class)
class ContactApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    private HttpApi api() {
        return new HttpApi(base);
    }

    private long customer() {
        return api().post("api/customers", "{\"name\": \"Caller " + UUID.randomUUID() + "\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
    }

    private static String call(long customer, String answeredAt, String endedAt, boolean abandoned) {
        return """
                {"channel": "phone", "customerId": %d, "arrivedAt": "2026-11-23T09:00:00Z",
                 "offeredAt": "2026-11-23T09:00:05Z", %s "endedAt": "%s",
                 "talkSeconds": 300, "holdSeconds": 20, "wrapUpSeconds": 60, "abandoned": %s,
                 "reasonCode": "Billing.Refund", "disposition": "resolved"}""".formatted(
                customer, answeredAt == null ? "" : "\"answeredAt\": \"" + answeredAt + "\",", endedAt, abandoned);
    }

    @Test
    void recordsACallWithItsDerivedTimes() {
        HttpApi.Reply reply =
                api().post("api/contacts", call(customer(), "2026-11-23T09:00:42Z", "2026-11-23T09:07:00Z", false));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonObject contact = reply.json();
        assertThat(contact.getInt("waitSeconds")).isEqualTo(42);
        assertThat(contact.getInt("handleSeconds")).isEqualTo(380);
        assertThat(contact.getString("reasonCode")).isEqualTo("billing.refund");
        assertThat(contact.getString("direction")).isEqualTo("INBOUND");
    }

    @Test
    void rejectsAContactThatEndsBeforeItArrivesNamingTheField() {
        HttpApi.Reply reply = api().post("api/contacts", call(customer(), null, "2026-11-23T08:59:00Z", true));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("endedAt");
        assertThat(reply.json().getString("detail")).contains("cannot be before arrivedAt");
    }

    @Test
    void rejectsAnAnsweredContactMarkedAbandoned() {
        HttpApi.Reply reply =
                api().post("api/contacts", call(customer(), "2026-11-23T09:00:42Z", "2026-11-23T09:07:00Z", true));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("abandoned");
    }

    @Test
    void recordsSurveysOnTheirScales() {
        long id = api().post("api/contacts", call(customer(), "2026-11-23T09:00:42Z", "2026-11-23T09:07:00Z", false))
                .json()
                .getJsonNumber("id")
                .longValue();

        HttpApi.Reply survey = api().post("api/contacts/" + id + "/survey", "{\"csat\": 4, \"effort\": 2}");
        HttpApi.Reply offScale = api().post("api/contacts/" + id + "/survey", "{\"csat\": 9}");

        assertThat(survey.json().getInt("csat")).isEqualTo(4);
        assertThat(survey.json().getInt("effort")).isEqualTo(2);
        assertThat(offScale.status()).isEqualTo(400);
        assertThat(api().get("api/contacts/" + id).json().getInt("csat")).isEqualTo(4);
    }

    @Test
    void listsACustomersContactsInAPeriod() {
        long customer = customer();
        api().post("api/contacts", call(customer, "2026-11-23T09:00:42Z", "2026-11-23T09:07:00Z", false));
        api().post("api/contacts", call(customer, null, "2026-11-23T09:01:30Z", true));

        JsonObject all = api().get("api/contacts?customerId=" + customer).json();
        JsonObject later = api().get("api/contacts?customerId=" + customer + "&from=2026-11-24T00:00:00Z")
                .json();

        assertThat(all.getJsonNumber("totalItems").longValue()).isEqualTo(2);
        assertThat(api().get("api/customers/" + customer).json().getInt("contactCount"))
                .isEqualTo(2);
        assertThat(later.getJsonNumber("totalItems").longValue()).isZero();
        assertThat(api().get("api/contacts?customerId=" + customer + "&from=soon")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void refusesAContactForAnUnknownAgent() {
        HttpApi.Reply reply = api().post("api/contacts", """
                {"channel": "CHAT", "agentId": 987654321, "arrivedAt": "2026-11-23T09:00:00Z"}""");

        assertThat(reply.status()).isEqualTo(404);
    }
}
