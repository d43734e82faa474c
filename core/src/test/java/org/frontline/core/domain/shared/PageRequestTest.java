package org.frontline.core.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void offsetIsPageTimesSize() {
        assertThat(new PageRequest(3, 25).offset()).isEqualTo(75);
    }

    @Test
    void rejectsNegativePagesAndOversizedPages() {
        assertThatThrownBy(() -> new PageRequest(-1, 10)).hasMessage("page must be >= 0, got -1");
        assertThatThrownBy(() -> new PageRequest(0, 0)).hasMessage("size must be between 1 and 100, got 0");
        assertThatThrownBy(() -> new PageRequest(0, 101)).hasMessage("size must be between 1 and 100, got 101");
    }

    @Test
    void pageCountsRoundUpAndAnEmptyListHasNoPages() {
        assertThat(Page.of(List.of(), new PageRequest(0, 10), 0).totalPages()).isZero();
        assertThat(Page.of(List.of(), new PageRequest(0, 10), 10).totalPages()).isEqualTo(1);
        assertThat(Page.of(List.of(), new PageRequest(0, 10), 11).totalPages()).isEqualTo(2);
    }
}
