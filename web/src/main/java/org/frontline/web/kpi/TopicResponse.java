package org.frontline.web.kpi;

import org.frontline.core.domain.kpi.repetition.TopicFigures;

/**
 * One topic of a repetition analysis (see {@link TopicFigures}) with the published knowledge-base articles that cover
 * it.
 */
public record TopicResponse(
        String topic,
        long contacts,
        double share,
        long previousContacts,
        Double change,
        String trend,
        long fromNewAccounts,
        double newAccountShare,
        long cases,
        Double firstContactResolution,
        Double averageHandleSeconds,
        long articles) {

    static TopicResponse from(TopicFigures f, long articles) {
        return new TopicResponse(
                f.topic(),
                f.contacts(),
                f.share(),
                f.previousContacts(),
                f.change(),
                f.trend().name(),
                f.fromNewAccounts(),
                f.newAccountShare(),
                f.cases(),
                f.firstContactResolution(),
                f.averageHandleSeconds(),
                articles);
    }
}
