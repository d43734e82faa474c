package org.frontline.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Utf8BodiesTest {

    @Test
    void findsAnEscapedNulButNotAnEscapedBackslashFollowedByU0000() {
        assertThat(Utf8Bodies.escapesNul("{\"name\": \"a\\u0000b\"}")).isTrue();
        assertThat(Utf8Bodies.escapesNul("{\"name\": \"a\\\\\\u0000b\"}")).isTrue();
        assertThat(Utf8Bodies.escapesNul("{\"name\": \"a\\\\u0000b\"}"))
                .as("the text \\u0000, escaped")
                .isFalse();
        assertThat(Utf8Bodies.escapesNul("{\"name\": \"a\\u0001b\"}")).isFalse();
    }
}
