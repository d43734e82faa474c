package org.frontline.web.platform;

import java.util.List;
import java.util.function.Function;
import org.frontline.core.domain.shared.Page;

/** The JSON shape of every paged list the API returns. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<? super E, ? extends T> mapper) {
        Page<T> mapped = page.map(mapper);
        return new PageResponse<>(
                mapped.items(), mapped.page(), mapped.size(), mapped.totalItems(), mapped.totalPages());
    }
}
