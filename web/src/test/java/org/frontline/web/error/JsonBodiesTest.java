package org.frontline.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

    @Test
    void findsAnEscapedNulButNotAnEscapedBackslashFollowedByU0000() {
        assertThat(JsonBodies.malformation("{\"name\": \"a\\u0000b\"}")).isPresent();
        assertThat(JsonBodies.malformation("{\"name\": \"a\\\\\\u0000b\"}")).isPresent();
        assertThat(JsonBodies.malformation("{\"name\": \"a\\\\u0000b\"}"))
                .as("the text \\u0000, escaped")
                .isEmpty();
        assertThat(JsonBodies.malformation("{\"name\": \"a\\u0001b\"}")).isEmpty();
    }

    @Test
    void refusesTrailingTextDeepNestingAndBrokenSyntaxButTakesWellFormedJson() {
        assertThat(JsonBodies.malformation("{\"a\": [1, {\"b\": null}]}")).isEmpty();
        assertThat(JsonBodies.malformation("[".repeat(JsonBodies.MAX_DEPTH) + "]".repeat(JsonBodies.MAX_DEPTH)))
                .isEmpty();
        assertThat(JsonBodies.malformation("{\"a\": ".repeat(40) + "1" + "}".repeat(40)))
                .contains("The request body is nested more than 32 levels deep");
        assertThat(JsonBodies.malformation("{\"a\": 9223372036854775807, \"b\": -2.5e3}"))
                .isEmpty();
        assertThat(JsonBodies.malformation("{\"version\": 99999999999999999999999}"))
                .isPresent();
        assertThat(JsonBodies.malformation("{\"seconds\": 1e999}")).isPresent();
        for (String bad : List.of("{\"a\": 1} trailing", "{\"a\": 01}", "{\"a\": 1,}", "{")) {
            assertThat(JsonBodies.malformation(bad))
                    .as(bad)
                    .hasValueSatisfying(detail -> assertThat(detail).startsWith("The request body could not be read"));
        }
    }
}
