package org.frontline.qualityaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Sharing a sample among analysts: balanced, never one's own contact, optionally never one's own team's. */
class AnalystAssignmentTest {

    private static DrawnUnit unit(long contact, long agent, long team) {
        return new DrawnUnit(new PopulationUnit(contact, agent, Optional.of(team), Channel.PHONE), "all", 0.1);
    }

    private static Map<Long, Long> load(Map<Long, Long> assigned) {
        return assigned.values().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void sharesTheWorkEvenlyAndNeverGivesAnAnalystTheirOwnContact() {
        // Analyst 100 handled contacts 1-4 themselves.
        List<DrawnUnit> units = LongStream.rangeClosed(1, 10)
                .mapToObj(c -> unit(c, c <= 4 ? 100 : 7, 1))
                .toList();

        Map<Long, Long> assigned =
                AnalystAssignment.assign(units, List.of(new Analyst(100, 1), new Analyst(200, 2)), false);

        assertThat(assigned).hasSize(10);
        assertThat(LongStream.rangeClosed(1, 4).mapToObj(assigned::get)).containsOnly(200L);
        Collection<Long> loads = load(assigned).values();
        assertThat(loads).containsExactlyInAnyOrder(5L, 5L);
    }

    @Test
    void keepsAnalystsOffTheirOwnTeamWhenAsked() {
        List<DrawnUnit> units = List.of(unit(1, 7, 1), unit(2, 8, 2), unit(3, 9, 1));

        Map<Long, Long> assigned =
                AnalystAssignment.assign(units, List.of(new Analyst(100, 1), new Analyst(200, 2)), true);

        assertThat(assigned).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 200L, 2L, 100L, 3L, 200L));
    }

    @Test
    void refusesASampleNoAnalystMayReview() {
        assertThatThrownBy(
                        () -> AnalystAssignment.assign(List.of(unit(1, 100, 1)), List.of(new Analyst(100, 1)), false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("no analyst may review contact 1")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("analystIds");
        assertThatThrownBy(() -> AnalystAssignment.assign(List.of(unit(1, 7, 1)), List.of(), false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at least one analyst");
    }
}
