package io.flick.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/**
 * Paging through a visibility filter on a list of ids read newest (highest) first, in memory: the
 * loop is what is tested, the candidates and the filter are stand-ins for a query and an access check.
 */
class FilteredPagesTests {

    private static final String LIST = "filtered-pages-tests";

    /** Ids {@code 1..count}; reads are counted, to see how many batches a page cost. */
    private static final class Ids implements FilteredPages.Candidates<Long> {

        final List<Long> ids;
        int reads;

        Ids(int count) {
            ids = LongStream.rangeClosed(1, count).boxed().sorted((a, b) -> Long.compare(b, a)).toList();
        }

        @Override
        public List<Long> after(Cursor after, int count) {
            reads++;
            return ids.stream().filter(id -> after == null || id < after.key(0)).limit(count).toList();
        }
    }

    private static Slice<Long> page(Ids ids, int limit, String cursor, LongPredicate visible) {
        return FilteredPages.fill(new PageRequest(limit, cursor, LIST), 1, 3, ids,
                batch -> batch.stream().filter(visible::test).toList(), Cursor::of);
    }

    @Test
    void anEmptyListIsAnEmptyLastPage() {
        Slice<Long> page = page(new Ids(0), 3, null, id -> true);

        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void exactlyALimitOfVisibleItemsIsTheLastPage() {
        Slice<Long> page = page(new Ids(3), 3, null, id -> true);

        assertThat(page.items()).containsExactly(3L, 2L, 1L);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void hiddenItemsAreSkippedAndThePageIsFilledFromFurtherBatches() {
        Ids ids = new Ids(20);

        Slice<Long> page = page(ids, 3, null, id -> id % 2 == 0);

        assertThat(page.items()).containsExactly(20L, 18L, 16L);
        assertThat(ids.reads).isEqualTo(2);
        assertThat(page.nextCursor()).isNotNull();
    }

    @Test
    void theNextPageStartsAfterTheLastItemShownAndNothingIsShownTwice() {
        Ids ids = new Ids(20);
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            Slice<Long> page = page(ids, 4, cursor, id -> id % 2 == 0);
            seen.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).containsExactly(20L, 18L, 16L, 14L, 12L, 10L, 8L, 6L, 4L, 2L);
    }

    @Test
    void outOfBatchesAPageMayBeShortOrEmptyWithACursorToGoOn() {
        Ids ids = new Ids(100);

        Slice<Long> first = page(ids, 2, null, id -> id <= 5);
        int readsOfTheFirstPage = ids.reads;
        Slice<Long> second = page(ids, 2, first.nextCursor(), id -> id <= 5);

        assertThat(first.items()).isEmpty();
        assertThat(readsOfTheFirstPage).isEqualTo(3);
        assertThat(first.nextCursor()).isEqualTo(Cursor.of(92).encode(LIST));
        assertThat(second.items()).isEmpty();
        assertThat(second.nextCursor()).isEqualTo(Cursor.of(83).encode(LIST));
    }

    @Test
    void theListEndingEndsThePagingEvenWhenThePageIsShort() {
        Slice<Long> page = page(new Ids(7), 3, null, id -> id == 4);

        assertThat(page.items()).containsExactly(4L);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void aCursorAtTheLastItemGivesAnEmptyLastPage() {
        Slice<Long> page = page(new Ids(5), 3, Cursor.of(1).encode(LIST), id -> true);

        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        String foreign = Cursor.of(3).encode("another-list");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> page(new Ids(5), 3, foreign, id -> true))
                .isInstanceOf(FlickException.class);
    }
}
