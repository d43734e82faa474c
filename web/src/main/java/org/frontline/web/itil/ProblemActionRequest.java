package org.frontline.web.itil;

import jakarta.validation.constraints.Size;

/**
 * The body of a problem action.
 *
 * @param caseId for linking: the incident the problem causes
 * @param rootCause for known-error (required) and resolve (required unless recorded already)
 * @param workaround for known-error: what agents tell customers until the fix (required)
 * @param resolveIncidents for resolve: also resolve every linked incident that still needs work
 */
public record ProblemActionRequest(
        Long caseId,
        @Size(max = 20000) String rootCause,
        @Size(max = 20000) String workaround,
        boolean resolveIncidents) {}
