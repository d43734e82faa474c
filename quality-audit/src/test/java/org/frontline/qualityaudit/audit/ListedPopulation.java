package org.frontline.qualityaudit.audit;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** A population held in a list, as a source that has already applied the population's filters. */
final class ListedPopulation implements PopulationSource {
    private final List<PopulationUnit> units;
    int passes;

    ListedPopulation(List<PopulationUnit> units) {
        this.units = List.copyOf(units);
    }

    @Override
    public long lastContactId() {
        return units.stream().mapToLong(PopulationUnit::contactId).max().orElse(0);
    }

    @Override
    public Map<String, Long> stratumSizes(Population population, StratifyBy by) {
        return units.stream().collect(Collectors.groupingBy(by::stratumOf, Collectors.counting()));
    }

    @Override
    public long size(Population population) {
        return units.size();
    }

    @Override
    public void forEach(Population population, Consumer<PopulationUnit> consumer) {
        passes++;
        units.forEach(consumer);
    }
}
