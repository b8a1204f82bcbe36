package io.flick.bench.feedload;

import java.util.Arrays;
import java.util.Locale;

import io.flick.feed.Watch;

/**
 * The shape of a seeded world in a few figures, so a reader can judge whether it is realistic:
 * how skewed followers and views are, how active users are, how views end.
 */
record WorldShapeFigures(int followersMax, int followersMedian, double followersTop1Percent, int viewsPerUserMedian,
                         int viewsPerUserP90, int viewsPerUserMax, double viewsTop1PercentVideos, int videosPerCreatorMax,
                         int videosLast48h, double longViewRate, double skipRate, double likesPerView) {

    static WorldShapeFigures of(SyntheticWorld world) {
        int[] followers = new int[world.creators()];
        int[] viewsByUser = new int[world.shape.users()];
        int[] viewsByVideo = new int[world.shape.videos()];
        int[] videosByCreator = new int[world.creators()];
        long views = 0;
        long longViews = 0;
        long skips = 0;
        long likes = 0;
        SignalLog signals = world.signals;
        for (int i = 0; i < signals.size(); i++) {
            switch (signals.kind(i)) {
                case FOLLOW -> followers[signals.target(i)]++;
                case VIEW -> {
                    views++;
                    viewsByUser[signals.user(i)]++;
                    viewsByVideo[signals.target(i)]++;
                    Watch watch = Watch.of(signals.watch(i), signals.completion(i), world.videoDuration[signals.target(i)]);
                    longViews += watch == Watch.LONG ? 1 : 0;
                    skips += watch == Watch.SKIP ? 1 : 0;
                }
                case LIKE -> likes++;
                default -> {
                }
            }
        }
        for (int v = 0; v < world.shape.videos(); v++) {
            videosByCreator[world.videoCreator[v]]++;
        }
        long fresh = Arrays.stream(world.videoPublished).filter(t -> t >= world.now - 2 * SyntheticWorld.DAY).count();
        return new WorldShapeFigures(max(followers), percentile(followers, 50), topShare(followers, 0.01),
                percentile(viewsByUser, 50), percentile(viewsByUser, 90), max(viewsByUser), topShare(viewsByVideo, 0.01),
                max(videosByCreator), (int) fresh, (double) longViews / views, (double) skips / views, (double) likes / views);
    }

    String markdown() {
        return String.format(Locale.ROOT, """

                Shape: followers per creator max %,d, median %,d, top 1%% of creators hold %.0f%% of follows; views per user \
                median %,d, p90 %,d, max %,d; the top 1%% of videos get %.0f%% of views; the most prolific creator has %,d videos; \
                %,d videos are younger than 48 h (the fresh pool's window); %.0f%% of views are long views, %.0f%% skips, \
                %.1f likes per 100 views.
                """, followersMax, followersMedian, 100 * followersTop1Percent, viewsPerUserMedian, viewsPerUserP90,
                viewsPerUserMax, 100 * viewsTop1PercentVideos, videosPerCreatorMax, videosLast48h, 100 * longViewRate,
                100 * skipRate, 100 * likesPerView);
    }

    private static int max(int[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static int percentile(int[] values, int p) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** The share of the total held by the top {@code fraction} of entries. */
    private static double topShare(int[] values, double fraction) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        long total = Arrays.stream(sorted).asLongStream().sum();
        int top = Math.max(1, (int) (sorted.length * fraction));
        long held = 0;
        for (int i = sorted.length - top; i < sorted.length; i++) {
            held += sorted[i];
        }
        return total == 0 ? 0 : (double) held / total;
    }
}
