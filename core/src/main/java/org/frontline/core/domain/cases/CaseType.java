package org.frontline.core.domain.cases;

/** What a case is about; an INCIDENT is one customer's service interruption in ITIL's sense. */
public enum CaseType {
    QUESTION,
    SERVICE_REQUEST,
    INCIDENT,
    COMPLAINT
}
