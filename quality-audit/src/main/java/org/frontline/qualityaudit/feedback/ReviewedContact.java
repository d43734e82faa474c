package org.frontline.qualityaudit.feedback;

import org.frontline.qualityaudit.review.Review;

/** A review of one of the agent's contacts or cases, with the agent's answer to it. */
public record ReviewedContact(Review review, ReviewAnswer answer) {}
