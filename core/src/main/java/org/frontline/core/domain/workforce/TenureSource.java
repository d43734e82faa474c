package org.frontline.core.domain.workforce;

import java.time.LocalDate;
import java.util.List;

/** Where agents' tenures are read from. */
public interface TenureSource {
    /** Every agent hired before {@code to} who had not left before {@code from}. */
    List<Tenure> overlapping(LocalDate from, LocalDate to);
}
