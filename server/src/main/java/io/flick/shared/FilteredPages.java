package io.flick.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Pages of a list whose candidates are read by position and then filtered by who may see them, the
 * access checked in bulk per batch (a hashtag's videos, the newest videos of followed creators). Batches
 * of candidates are read after the cursor until the page is full, the list ends, or {@code maxBatches}
 * were read. So a page may come back shorter than its limit, even empty, with a cursor to go on (after
 * the last candidate read, not shown); {@code next_cursor} is null only when the list has ended.
 */
public final class FilteredPages {

    /** Reads up to {@code count} candidates in the list's order, strictly after {@code after} (null: from the start). */
    @FunctionalInterface
    public interface Candidates<C> {
        List<C> after(Cursor after, int count);
    }

    private FilteredPages() {
    }

    /**
     * @param keys       how many sort keys the list's cursors carry
     * @param maxBatches the most batches read for one page, so a viewer who may see little of a long
     *                   list costs a bounded amount of work per request
     * @param visible    the candidates of one batch the viewer may see, in the same order
     * @param cursorOf   the position of a candidate
     */
    public static <C> Slice<C> fill(PageRequest page, int keys, int maxBatches, Candidates<C> read,
                                    UnaryOperator<List<C>> visible, Function<C, Cursor> cursorOf) {
        Cursor after = Cursor.decode(page, keys);
        List<C> found = new ArrayList<>();
        boolean exhausted = false;
        // One visible item more than the page tells that there is a next page.
        for (int batch = 0; batch < maxBatches && found.size() <= page.limit() && !exhausted; batch++) {
            List<C> candidates = read.after(after, page.fetchSize());
            exhausted = candidates.size() < page.fetchSize();
            if (!candidates.isEmpty()) {
                after = cursorOf.apply(candidates.getLast());
            }
            found.addAll(visible.apply(candidates));
        }
        if (found.size() > page.limit()) {
            List<C> shown = List.copyOf(found.subList(0, page.limit()));
            return new Slice<>(shown, cursorOf.apply(shown.getLast()).encode(page.list()));
        }
        // Out of batches before the page filled: go on after the last candidate read.
        return new Slice<>(List.copyOf(found), exhausted ? null : after.encode(page.list()));
    }
}
