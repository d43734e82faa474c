package org.frontline.core.domain.kpi.repetition;

import java.util.List;

/** A topic's contacts per interval of the period, all and from new accounts, in the intervals' order. */
public record TopicSeries(String topic, List<Long> contacts, List<Long> fromNewAccounts) {}
