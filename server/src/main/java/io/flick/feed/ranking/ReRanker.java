package io.flick.feed.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.flick.feed.model.FeedState;
import io.flick.feed.model.Item;

/**
 * Turns a ranked list into a page people enjoy scrolling: no creator twice in a row and at most
 * once in any five, at most three videos with one sound per page, and every fifth slot for
 * exploration (a new video earning its first audience) when there is one. When the catalogue is
 * too small to keep a rule, the rule gives way rather than the page running dry: first the sound
 * cap, then the five-video window (never the no-twice-in-a-row rule while anything else is left).
 */
public final class ReRanker {

    public static final int CREATOR_WINDOW = 5;
    public static final int MAX_PER_SOUND = 3;
    public static final int EXPLORATION_EVERY = 5;

    private final FeedState state;

    public ReRanker(FeedState state) {
        this.state = state;
    }

    /**
     * @param recentCreators creators of the videos shown just before this page, oldest first, so
     *                       the window rule holds across pages
     * @param exploration    items proposed by the exploration pool
     */
    public List<Score> page(List<Score> ranked, int limit, List<Long> recentCreators, Set<Long> exploration) {
        List<Score> remaining = new ArrayList<>(ranked);
        List<Score> page = new ArrayList<>(limit);
        List<Long> creators = new ArrayList<>(recentCreators);
        Map<Long, Integer> sounds = new HashMap<>();
        while (page.size() < limit && !remaining.isEmpty()) {
            boolean exploring = (page.size() % EXPLORATION_EVERY) == EXPLORATION_EVERY - 1;
            Score next = null;
            for (int strictness = 3; strictness >= 0 && next == null; strictness--) {
                next = pick(remaining, creators, sounds, strictness, exploring ? exploration : null);
                if (next == null && exploring) {
                    next = pick(remaining, creators, sounds, strictness, null);
                }
            }
            remaining.remove(next);
            page.add(next);
            Item item = state.item(next.item()).orElseThrow();
            creators.add(item.creator());
            if (item.sound() != 0) {
                sounds.merge(item.sound(), 1, Integer::sum);
            }
        }
        return page;
    }

    /** strictness 3: every rule; 2: without the sound cap; 1: only not twice in a row; 0: anything. */
    /** @param exploration when not null, only these items may be picked */
    private Score pick(List<Score> remaining, List<Long> creators, Map<Long, Integer> sounds, int strictness,
                       Set<Long> exploration) {
        Set<Long> window = new LinkedHashSet<>(creators.subList(Math.max(0, creators.size() - (CREATOR_WINDOW - 1)), creators.size()));
        Long previous = creators.isEmpty() ? null : creators.getLast();
        for (Score score : remaining) {
            if (exploration != null && !exploration.contains(score.item())) {
                continue;
            }
            Item item = state.item(score.item()).orElse(null);
            if (item == null) {
                continue;
            }
            if (strictness >= 2 && window.contains(item.creator())) {
                continue;
            }
            if (strictness >= 1 && previous != null && previous == item.creator()) {
                continue;
            }
            if (strictness >= 3 && item.sound() != 0 && sounds.getOrDefault(item.sound(), 0) >= MAX_PER_SOUND) {
                continue;
            }
            return score;
        }
        return strictness == 0 && exploration == null && !remaining.isEmpty() ? remaining.getFirst() : null;
    }
}
