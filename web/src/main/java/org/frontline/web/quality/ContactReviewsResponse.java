package org.frontline.web.quality;

import java.util.List;

/** A contact's current reviews the viewer may see, and how many others stay hidden until they submit their own. */
public record ContactReviewsResponse(List<ReviewResponse> reviews, int hidden) {}
