package org.frontline.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.frontline.core.domain.shared.PageRequest;
import org.frontline.web.error.InvalidFieldException;
import org.junit.jupiter.api.Test;

class PageParametersTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        assertThat(PageParameters.parse(null, " ")).isEqualTo(new PageRequest(0, 20));
    }

    @Test
    void readsBothParameters() {
        assertThat(PageParameters.parse("3", "50")).isEqualTo(new PageRequest(3, 50));
    }

    @Test
    void namesTheParameterThatIsNotANumber() {
        assertThatThrownBy(() -> PageParameters.parse("two", null))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("page"))
                .hasMessage("must be a whole number, got 'two'");
    }

    @Test
    void rejectsSizesBeyondTheLimit() {
        assertThatThrownBy(() -> PageParameters.parse("0", "1000"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("size"))
                .hasMessage("must be between 1 and 100, got 1000");
    }
}
