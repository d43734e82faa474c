package org.frontline.qualityaudit.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.frontline.core.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

/** Scorecard versions: each definition is the next version, stored as written and read back the same. */
class ScorecardServiceTest {

    /** Scorecards in a list, as the service sees a repository. */
    private static final class InMemoryScorecards implements ScorecardRepository {
        private final List<StoredScorecard> stored = new ArrayList<>();

        @Override
        public Optional<StoredScorecard> byId(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<StoredScorecard> find(String name, int version) {
            return stored.stream()
                    .filter(s -> s.name().equals(name) && s.versionNumber() == version)
                    .findFirst();
        }

        @Override
        public Optional<StoredScorecard> latest(String name) {
            return stored.stream()
                    .filter(s -> s.name().equals(name))
                    .max(Comparator.comparingInt(StoredScorecard::versionNumber));
        }

        @Override
        public List<StoredScorecard> latestOfEach() {
            Map<String, StoredScorecard> latest = stored.stream()
                    .collect(Collectors.toMap(
                            StoredScorecard::name, s -> s, (a, b) -> a.versionNumber() > b.versionNumber() ? a : b));
            return List.copyOf(latest.values());
        }

        @Override
        public StoredScorecard add(StoredScorecard scorecard) {
            stored.add(scorecard);
            return scorecard;
        }
    }

    private final ScorecardService service = new ScorecardService(
            new InMemoryScorecards(), Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));

    private static Scorecard email(double passMark) {
        return new Scorecard(
                "Email quality",
                7,
                passMark,
                List.of(
                        new Section(
                                "Tone",
                                40,
                                List.of(new Criterion("Polite", 100, Scale.ONE_TO_FIVE, Criticality.NONE, false))),
                        new Section(
                                "Accuracy",
                                60,
                                List.of(
                                        new Criterion("Right answer", 70, Scale.YES_NO, Criticality.REVIEW, false),
                                        new Criterion("Links the article", 30, Scale.YES_NO, Criticality.NONE, false),
                                        new Criterion("Anticipates", 5, Scale.YES_NO, Criticality.NONE, true)))));
    }

    @Test
    void eachDefinitionIsTheNextVersionAndOlderOnesStayAsTheyWere() {
        StoredScorecard first = service.define(email(80));
        StoredScorecard second = service.define(email(85));

        assertThat(first.versionNumber())
                .as("the draft's own number is ignored")
                .isEqualTo(1);
        assertThat(second.versionNumber()).isEqualTo(2);
        assertThat(service.latest("Email quality").scorecard().passMark()).isEqualTo(85);
        assertThat(service.version("Email quality", 1).scorecard().passMark()).isEqualTo(80);
        assertThat(service.latestOfEach())
                .singleElement()
                .extracting(StoredScorecard::versionNumber)
                .isEqualTo(2);
    }

    @Test
    void readsBackTheSectionsAndCriteriaAsWritten() {
        StoredScorecard stored = service.define(email(80));

        Scorecard read = stored.scorecard();

        assertThat(read.sections()).isEqualTo(email(80).sections());
        assertThat(read.version()).isEqualTo(1);
    }

    @Test
    void saysWhichScorecardOrVersionIsMissing() {
        assertThatThrownBy(() -> service.latest("Chat quality")).isInstanceOf(NotFoundException.class);
        service.define(email(80));
        assertThatThrownBy(() -> service.version("Email quality", 3)).hasMessageContaining("Email quality v3");
    }
}
