package org.frontline.web.platform;

/** Where a background job stands. */
public enum JobState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
}
