package io.flick.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the cursor of the next page, {@code null} on the last page. */
public record Slice<T>(List<T> items, String nextCursor) {

    /**
     * Cuts {@code fetched} (queried with {@link PageRequest#fetchSize()}) to the page size and
     * derives the next cursor from the last item kept.
     */
    public static <T> Slice<T> of(List<T> fetched, PageRequest request, Function<T, Cursor> cursorOf) {
        if (fetched.size() <= request.limit()) {
            return new Slice<>(List.copyOf(fetched), null);
        }
        List<T> page = List.copyOf(fetched.subList(0, request.limit()));
        return new Slice<>(page, cursorOf.apply(page.getLast()).encode(request.list()));
    }

    public <R> Slice<R> map(Function<T, R> mapper) {
        return new Slice<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
