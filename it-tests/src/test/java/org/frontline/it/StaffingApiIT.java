package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The staffing calculators through REST: Erlang C and A answers, "what if n agents", and bad input as problems. */
@ExtendWith(ArquillianExtension.class)
class StaffingApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    private HttpApi api() {
        return new HttpApi(base);
    }

    @Test
    void erlangCStaffsAnIntervalAndAnswersWhatIf() {
        HttpApi.Reply reply = api().post("api/staffing/erlang-c", """
                {"arrivals": 360, "averageHandleSeconds": 240, "serviceLevel": 0.8, "thresholdSeconds": 20,
                 "shrinkage": 0.3, "agents": 48}""");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject plan = reply.json();
        assertThat(plan.getJsonNumber("traffic").doubleValue()).isEqualTo(48.0);
        assertThat(plan.getInt("requiredAgents")).isEqualTo(54);
        assertThat(plan.getInt("scheduledAgents")).isEqualTo(78);
        assertThat(plan.getJsonObject("atRequired")
                        .getJsonNumber("serviceLevel")
                        .doubleValue())
                .isCloseTo(0.8172, within(1e-4));
        JsonObject understaffed = plan.getJsonObject("atAgents");
        assertThat(understaffed.getBoolean("queueGrowsWithoutBound")).isTrue();
        assertThat(understaffed.containsKey("averageSpeedOfAnswerSeconds")).isFalse();
    }

    @Test
    void erlangAAlsoMeetsAnAbandonmentCap() {
        HttpApi.Reply reply = api().post("api/staffing/erlang-a", """
                {"arrivals": 360, "averageHandleSeconds": 240, "patienceSeconds": 60, "maxAbandonment": 0.02}""");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject atRequired = reply.json().getJsonObject("atRequired");
        assertThat(atRequired.getJsonNumber("abandonment").doubleValue()).isLessThanOrEqualTo(0.02);
        assertThat(atRequired.getJsonNumber("serviceLevel").doubleValue()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        HttpApi.Reply negative = api().post("api/staffing/erlang-c", """
                {"arrivals": -5, "averageHandleSeconds": 240}""");
        HttpApi.Reply target = api().post("api/staffing/erlang-c", """
                {"arrivals": 360, "averageHandleSeconds": 240, "serviceLevel": 1.5}""");
        HttpApi.Reply infeasible = api().post("api/staffing/erlang-c", """
                {"arrivals": 360, "averageHandleSeconds": 240, "maxOccupancy": 0.01}""");
        HttpApi.Reply noPatience = api().post("api/staffing/erlang-a", """
                {"arrivals": 360, "averageHandleSeconds": 240}""");
        HttpApi.Reply missing = api().post("api/staffing/erlang-c", "{\"arrivals\": 360}");

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.contentType()).startsWith("application/problem+json");
        assertThat(negative.body()).contains("arrivals");
        assertThat(target.body()).contains("serviceLevel");
        assertThat(infeasible.status()).isEqualTo(400);
        assertThat(infeasible.body()).contains("maxOccupancy");
        assertThat(noPatience.status()).isEqualTo(400);
        assertThat(noPatience.body()).contains("patienceSeconds");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("averageHandleSeconds");
    }
}
