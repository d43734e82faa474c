package org.frontline.web.kpi;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.frontline.core.domain.kpi.Kpi;
import org.frontline.core.domain.kpi.KpiSettings;

/** How the centre measures (from configuration) and what every KPI means. */
public record KpiSettingsResponse(
        String zone,
        Map<String, Long> answerTargetSeconds,
        long shortAbandonSeconds,
        String shortAbandons,
        long repeatWindowDays,
        String costCurrency,
        List<KpiDefinitionResponse> kpis) {

    static KpiSettingsResponse from(KpiSettings settings, String costCurrency) {
        Map<String, Long> targets = new TreeMap<>();
        settings.answerTargets().forEach((channel, target) -> targets.put(channel.name(), target.toSeconds()));
        return new KpiSettingsResponse(
                settings.zone().getId(),
                targets,
                settings.shortAbandon().toSeconds(),
                settings.shortAbandons().name(),
                settings.repeatWindow().toDays(),
                costCurrency,
                Stream.of(Kpi.values()).map(KpiDefinitionResponse::from).toList());
    }
}
