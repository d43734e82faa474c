package org.frontline.qualityaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.sampling.Allocation;
import org.frontline.qualityaudit.sampling.Confidence;
import org.junit.jupiter.api.Test;

/** Drawing an audit's sample: sizes by design, inclusion probabilities, reproducibility and fairness. */
class SampleDrawTest {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Population NOVEMBER = new Population(
            Instant.parse("2026-11-01T00:00:00Z"),
            Instant.parse("2026-12-01T00:00:00Z"),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            0,
            false,
            Optional.empty());

    /** 1,000 contacts: agent 1 handled 600 (team 10), agent 2 300 (team 10), agent 3 100 (team 20). */
    private static final ListedPopulation CONTACTS = new ListedPopulation(contacts());

    private static List<PopulationUnit> contacts() {
        List<PopulationUnit> units = new ArrayList<>();
        for (long id = 1; id <= 1000; id++) {
            long agent = id <= 600 ? 1 : id <= 900 ? 2 : 3;
            units.add(new PopulationUnit(
                    id, agent, Optional.of(agent == 3 ? 20L : 10L), id % 2 == 0 ? Channel.PHONE : Channel.EMAIL));
        }
        return units;
    }

    private static SampleDesign simple(int n) {
        return new SampleDesign(
                DesignKind.SIMPLE_RANDOM,
                Optional.empty(),
                Allocation.PROPORTIONAL,
                0,
                OptionalInt.empty(),
                OptionalInt.of(n),
                Optional.empty());
    }

    private static SampleDesign stratified(int n, Allocation allocation, int minimum) {
        return new SampleDesign(
                DesignKind.STRATIFIED,
                Optional.of(StratifyBy.AGENT),
                allocation,
                minimum,
                OptionalInt.empty(),
                OptionalInt.of(n),
                Optional.empty());
    }

    private static Map<String, Long> perStratum(Draw draw) {
        return draw.units().stream().collect(Collectors.groupingBy(DrawnUnit::stratum, Collectors.counting()));
    }

    @Test
    void theSameSeedDrawsTheSameSampleAndAnotherSeedAnother() {
        SampleDraw draw = new SampleDraw(CONTACTS);

        Draw first = draw.draw(NOVEMBER, simple(50), 42, NOW);
        Draw again = draw.draw(NOVEMBER, simple(50), 42, NOW);
        Draw other = draw.draw(NOVEMBER, simple(50), 43, NOW);

        assertThat(again.units()).isEqualTo(first.units());
        assertThat(other.units()).isNotEqualTo(first.units());
        assertThat(first.population().frozen()).contains(new Freeze(1000, NOW));
    }

    @Test
    void drawingAgainFromTheFrozenPopulationReDerivesTheSample() {
        ListedPopulation source = new ListedPopulation(contacts());
        Draw first = new SampleDraw(source).draw(NOVEMBER, stratified(40, Allocation.NEYMAN, 2), 11, NOW);

        Draw again = new SampleDraw(source)
                .draw(first.population(), stratified(40, Allocation.NEYMAN, 2), 11, NOW.plusSeconds(3600));

        assertThat(again.population().frozen()).isEqualTo(first.population().frozen());
        assertThat(again.units()).isEqualTo(first.units());
    }

    @Test
    void aSimpleRandomSampleGivesEveryContactTheSameChance() {
        Draw draw = new SampleDraw(CONTACTS).draw(NOVEMBER, simple(50), 7, NOW);

        assertThat(draw.units())
                .hasSize(50)
                .allSatisfy(u -> assertThat(u.inclusionProbability()).isEqualTo(0.05));
        assertThat(draw.units().stream().map(u -> u.unit().contactId()).distinct())
                .hasSize(50);
        assertThat(draw.strata()).containsExactly(new StratumDraw("all", 1000, 50));
    }

    @Test
    void overManySeedsEachContactIsDrawnAboutAsOftenAsItsInclusionProbabilitySays() {
        ListedPopulation small = new ListedPopulation(contacts().subList(0, 20));
        int[] drawn = new int[21];
        int draws = 20_000;
        for (int seed = 0; seed < draws; seed++) {
            new SampleDraw(small)
                    .draw(NOVEMBER, simple(5), seed, NOW)
                    .units()
                    .forEach(u -> drawn[(int) u.unit().contactId()]++);
        }
        // Each of the 20 is drawn with probability 1/4: 5,000 times expected, sd ≈ 61; allow 5 sd.
        for (int id = 1; id <= 20; id++) {
            assertThat(drawn[id]).as("contact %d", id).isBetween(5_000 - 306, 5_000 + 306);
        }
    }

    @Test
    void aTargetPrecisionSetsTheSizeByCochranWithTheFinitePopulationCorrection() {
        SampleDesign design = new SampleDesign(
                DesignKind.SIMPLE_RANDOM,
                Optional.empty(),
                Allocation.PROPORTIONAL,
                0,
                OptionalInt.empty(),
                OptionalInt.empty(),
                Optional.of(new Precision(0.05, new Confidence(0.95), 0.5)));

        // n0 = 1.96² × 0.25 / 0.05² = 384.1; n = 384.1 / (1 + 383.1 / 1000) = 277.7 → 278.
        assertThat(new SampleDraw(CONTACTS).draw(NOVEMBER, design, 1, NOW).units())
                .hasSize(278);
    }

    @Test
    void aProportionalStratifiedSampleTakesFromEachAgentByTheirShareInOnePass() {
        ListedPopulation source = new ListedPopulation(contacts());
        Draw draw = new SampleDraw(source).draw(NOVEMBER, stratified(50, Allocation.PROPORTIONAL, 0), 3, NOW);

        assertThat(perStratum(draw)).containsExactlyInAnyOrderEntriesOf(Map.of("1", 30L, "2", 15L, "3", 5L));
        assertThat(draw.units()).filteredOn(u -> u.stratum().equals("3")).allSatisfy(u -> {
            assertThat(u.unit().agentId()).isEqualTo(3);
            assertThat(u.inclusionProbability()).isEqualTo(0.05);
        });
        assertThat(source.passes).isEqualTo(1);
    }

    @Test
    void anEqualAllocationWithAMinimumFavoursTheSmallStrata() {
        Draw draw = new SampleDraw(CONTACTS).draw(NOVEMBER, stratified(30, Allocation.EQUAL, 5), 3, NOW);

        assertThat(perStratum(draw)).containsExactlyInAnyOrderEntriesOf(Map.of("1", 10L, "2", 10L, "3", 10L));
        assertThat(draw.strata())
                .extracting(StratumDraw::name, StratumDraw::inclusionProbability)
                .contains(org.assertj.core.groups.Tuple.tuple("3", 0.1));
    }

    @Test
    void aFixedCountTakesTheSameNumberFromEachStratumOrAllItHas() {
        ListedPopulation few = new ListedPopulation(List.of(
                new PopulationUnit(1, 1, Optional.of(10L), Channel.CHAT),
                new PopulationUnit(2, 1, Optional.of(10L), Channel.CHAT),
                new PopulationUnit(3, 1, Optional.of(10L), Channel.CHAT),
                new PopulationUnit(4, 2, Optional.of(10L), Channel.CHAT)));
        SampleDesign twoEach = new SampleDesign(
                DesignKind.FIXED_COUNT,
                Optional.of(StratifyBy.AGENT),
                Allocation.PROPORTIONAL,
                0,
                OptionalInt.of(2),
                OptionalInt.empty(),
                Optional.empty());

        Draw draw = new SampleDraw(few).draw(NOVEMBER, twoEach, 9, NOW);

        assertThat(perStratum(draw)).containsExactlyInAnyOrderEntriesOf(Map.of("1", 2L, "2", 1L));
        assertThat(draw.strata()).containsExactly(new StratumDraw("1", 3, 2), new StratumDraw("2", 1, 1));
    }

    @Test
    void aSampleLargerThanThePopulationIsRefusedByName() {
        assertThatThrownBy(() -> new SampleDraw(CONTACTS).draw(NOVEMBER, simple(1001), 1, NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("larger than the population of 1000")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("sampleSize");
    }

    @Test
    void anEmptyPopulationIsRefused() {
        assertThatThrownBy(() -> new SampleDraw(new ListedPopulation(List.of())).draw(NOVEMBER, simple(1), 1, NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("no contact matches");
    }

    @Test
    void aDesignMustSayHowBigItsSampleIs() {
        assertThatThrownBy(() -> new SampleDesign(
                        DesignKind.SIMPLE_RANDOM,
                        Optional.empty(),
                        Allocation.PROPORTIONAL,
                        0,
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        Optional.empty()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("either a sample size or a target precision");
        assertThatThrownBy(() -> new SampleDesign(
                        DesignKind.STRATIFIED,
                        Optional.empty(),
                        Allocation.PROPORTIONAL,
                        0,
                        OptionalInt.empty(),
                        OptionalInt.of(5),
                        Optional.empty()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("AGENT, TEAM or CHANNEL");
    }
}
