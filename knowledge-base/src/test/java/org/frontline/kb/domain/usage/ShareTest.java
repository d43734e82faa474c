package org.frontline.kb.domain.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShareTest {

    @Test
    void countsOnlyTheAnswersGiven() {
        Share share = Share.of(List.of(Optional.of(true), Optional.of(false), Optional.empty(), Optional.of(true)));

        assertThat(share).isEqualTo(new Share(2, 3));
        assertThat(share.value())
                .hasValueSatisfying(v -> assertThat(v).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9)));
    }

    @Test
    void hasNoValueWhenNothingWasCounted() {
        assertThat(Share.NONE.value()).isEmpty();
        assertThat(ArticleEffectiveness.lift(new Share(1, 2), Share.NONE)).isEmpty();
        assertThat(ArticleEffectiveness.lift(new Share(3, 4), new Share(1, 4))).contains(0.5);
    }

    @Test
    void rejectsAPartLargerThanTheWhole() {
        assertThatThrownBy(() -> new Share(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Share(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
