package org.frontline.qualityaudit.ledger;

import java.util.Optional;

/** Gives a record's canonical text as it stands now, so verification can tell whether it changed since recorded. */
@FunctionalInterface
public interface RecordText {

    /** The record's canonical text now; empty when the record is gone. */
    Optional<String> of(long recordId);
}
