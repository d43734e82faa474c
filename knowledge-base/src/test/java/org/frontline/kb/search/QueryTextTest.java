package org.frontline.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryTextTest {
    private static final Set<String> STOP = Set.of("to", "the", "on", "won't");

    @Test
    void takesPhrasesAndExclusionsApartAndDropsOperators() {
        QueryText text = QueryText.parse("router \"power supply\" -vpn (reset*");

        assertThat(text.words()).containsExactly("router", "reset");
        assertThat(text.phrases()).containsExactly("power supply");
        assertThat(text.excluded()).containsExactly("vpn");
    }

    @Test
    void everyWordMatchingNeedNotFindStopWords() {
        assertThat(QueryText.parse("reset mesh m1 to factory settings").required(STOP::contains))
                .isEqualTo("reset mesh m1 factory settings");
        assertThat(QueryText.parse("router won't turn on -vpn \"on the desk\"").required(STOP::contains))
                .isEqualTo("router turn \"on the desk\" -vpn");
    }

    @Test
    void aQueryOfStopWordsOnlyKeepsThem() {
        assertThat(QueryText.parse("to the").required(STOP::contains)).isEqualTo("to the");
    }
}
