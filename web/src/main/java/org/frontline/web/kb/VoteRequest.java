package org.frontline.web.kb;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reader's "was this helpful?".
 *
 * @param voter who votes, when known (a customer id, an agent's name): their later vote replaces this one; absent for
 *     an anonymous reader, whose votes each count
 */
public record VoteRequest(
        @NotNull Boolean helpful, @Size(max = 100) String voter) {}
