package io.flick.feed.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ScoreTableTests {

    @Test
    void sumsByItemAndKeepsTheBestAcceptedInOrderAsASortWould() {
        Random random = new Random(7);
        ScoreTable table = new ScoreTable(16);
        Map<Long, Double> sums = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            long item = 1 + random.nextInt(5_000);
            // Coarse values make ties, which must break by id.
            double value = random.nextInt(4) / 4.0;
            table.add(item, value);
            sums.merge(item, value, Double::sum);
        }
        List<ScoreTable.Entry> expected = sums.entrySet().stream().filter(e -> e.getKey() % 3 != 0)
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(200).map(e -> new ScoreTable.Entry(e.getKey(), e.getValue())).toList();

        AtomicInteger asked = new AtomicInteger();
        List<ScoreTable.Entry> top = table.top(200, item -> {
            asked.incrementAndGet();
            return item % 3 != 0;
        });

        assertThat(table.size()).isEqualTo(sums.size());
        assertThat(top).containsExactlyElementsOf(expected);
        assertThat(top).isSortedAccordingTo(Comparator.comparingDouble(ScoreTable.Entry::score).reversed());
        // The filter is asked about contenders only, not about all 5,000 items.
        assertThat(asked.get()).isLessThan(sums.size());
    }

    @Test
    void fewerItemsThanAskedForComeBackAllAndAnEmptyTableGivesNothing() {
        ScoreTable table = new ScoreTable(4);
        table.add(3, 1.0);
        table.add(5, 2.0);
        table.add(3, 0.5);

        assertThat(table.top(10, item -> true)).containsExactly(new ScoreTable.Entry(5, 2.0), new ScoreTable.Entry(3, 1.5));
        assertThat(new ScoreTable(4).top(10, item -> true)).isEmpty();
    }
}
