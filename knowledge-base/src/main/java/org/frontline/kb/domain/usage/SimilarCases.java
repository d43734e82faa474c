package org.frontline.kb.domain.usage;

import java.util.List;

/** Finds cases by what they are about: the comparison group for an article's first-contact-resolution lift. */
public interface SimilarCases {

    /** Ids of the cases whose subject and description best match the text, best first, at most {@code limit}. */
    List<Long> similarTo(String text, int limit);
}
