package org.frontline.qualityaudit.feedback;

/** One of the agent's contacts scored in a calibration session: how many raters scored it, their mean and range. */
public record CalibrationOutcome(
        long sessionId,
        String sessionName,
        long contactId,
        long raters,
        double meanScore,
        double lowest,
        double highest) {}
