package org.frontline.qualityaudit.operations;

import java.time.Instant;
import java.util.List;

/** Sums an agent's or team's quality and operations figures over contacts that arrived in [from, to). */
public interface OperationsSource {

    List<GroupFigures> figures(GroupBy groupBy, Instant from, Instant to);
}
