package org.frontline.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyReadMessageTest {

    @Test
    void namesThePropertyAndWhatItShouldBeInsteadOfJavaClasses() {
        assertThat(BodyReadMessage.of("Unable to deserialize property 'name' because of: Incorrect position for"
                        + " processing type: class java.lang.String. Received event: START_OBJECT Allowed:"
                        + " [VALUE_STRING, VALUE_NUMBER, VALUE_TRUE, VALUE_FALSE]"))
                .isEqualTo("'name' should be a single value (text, number or true/false), not an object");
        assertThat(BodyReadMessage.of("Incorrect position for processing type: class"
                        + " org.frontline.web.team.TeamRequest. Received event: START_ARRAY Allowed: [START_OBJECT]"))
                .isEqualTo("the body should be a JSON object, not an array");
    }

    @Test
    void aValueTheBinderCannotTakeIsOutOfRangeOrOfTheWrongType() {
        assertThat(BodyReadMessage.of("Unable to deserialize property 'days' because of: Cannot parse"
                        + " java.lang.Integer from 99999999999999999999999"))
                .isEqualTo("'days' has a value of the wrong type, or out of range");
    }

    @Test
    void keepsTheParsersWordsOnWhereTheJsonBrokeButNeverAClassName() {
        assertThat(BodyReadMessage.of("Internal error: Invalid token=CURLYCLOSE at (line no=1, column no=1,"
                        + " offset=0). Expected tokens are: [CURLYOPEN, SQUAREOPEN]"))
                .isEqualTo("Invalid token=CURLYCLOSE at (line no=1, column no=1, offset=0). Expected tokens are:"
                        + " [CURLYOPEN, SQUAREOPEN]");
        assertThat(BodyReadMessage.of("java.io.CharConversionException: bad byte"))
                .isEqualTo("it is not the JSON this address expects");
        assertThat(BodyReadMessage.of(null)).isEqualTo("it is not the JSON this address expects");
    }
}
