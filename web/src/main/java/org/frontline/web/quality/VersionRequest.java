package org.frontline.web.quality;

/** The version of the record last read, so that a change to it in the meantime is a 409, not a lost update. */
public record VersionRequest(Long version) {}
