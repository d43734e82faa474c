package org.frontline.core.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of a list together with the total, so a client can draw its pager. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return new Page<>(items, request.page(), request.size(), totalItems);
    }

    /** Number of pages needed to hold every item. */
    public long totalPages() {
        return (totalItems + size - 1) / size;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
