package io.flick.feed.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class TasteTests {

    private final Taste taste = new Taste(3);

    @Test
    void recentPositivesAreNewestFirstLimitedAndReflectTheNextPositiveAtOnce() {
        taste.view(item(1), 1, 0, 1);
        taste.engage(item(2), 2);
        taste.view(item(3), -0.3, 0, 0.05);
        assertThat(taste.recentPositives(10)).containsExactly(2L, 1L);
        assertThat(taste.recentPositives(1)).containsExactly(2L);

        taste.view(item(1), 1, 0, 1);
        assertThat(taste.recentPositives(10)).containsExactly(1L, 2L);
        assertThat(taste.snapshot().recentPositives()).containsExactly(1L, 2L);
    }

    private static Item item(long id) {
        return new Item(id, 100 + id, 0, List.of("tag" + id), 15, Instant.EPOCH, true, new float[] {1, 0, 0});
    }
}
