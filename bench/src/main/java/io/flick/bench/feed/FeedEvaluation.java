package io.flick.bench.feed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.stream.Collectors;

import io.flick.bench.BenchServer;
import io.flick.engagement.VideoLiked;
import io.flick.engagement.VideoShared;
import io.flick.engagement.VideoViewed;
import io.flick.feed.FeedReplay;
import io.flick.social.UserFollowed;
import io.flick.shared.SoundId;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.sound.SoundSummary;
import io.flick.video.Privacy;
import io.flick.video.VideoPublished;

/**
 * The recommender's evaluation on KuaiRand-Pure (issue 5). Replays the data through the real
 * server's feed code (the event translations, the signal journal and state, the candidate
 * sources, ranker and filters that serve {@code /feed/for-you}), sets the clock to the end of the
 * training window, asks the pipeline for each evaluated user's top 100, and compares it with
 * popularity, trending and item-kNN computed here on the same data.
 *
 * <p>Usage: {@code --videos F --history F [--train F]... --test F [--users N] [--report F]}.
 * Users evaluated: those with a long view in the test file on a video they had not long-viewed
 * in training; {@code --users N} takes a fixed random sample of them (and of the GAUC users).
 */
public final class FeedEvaluation {

    /** Creators get ids apart from viewers': KuaiRand numbers users and authors separately. */
    private static final long CREATOR_OFFSET = 1_000_000_000L;
    private static final int TOP = 100;

    public static void main(String[] args) {
        int exit = 0;
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        }
        System.exit(exit);
    }

    private static void run(String[] given) throws Exception {
        Map<String, List<String>> args = arguments(given);
        Path videosFile = Path.of(one(args, "videos"));
        Path historyFile = Path.of(one(args, "history"));
        List<Path> trainFiles = args.getOrDefault("train", List.of()).stream().map(Path::of).toList();
        Path testFile = Path.of(one(args, "test"));
        int sample = args.containsKey("users") ? Integer.parseInt(one(args, "users")) : Integer.MAX_VALUE;
        Path report = Path.of(args.containsKey("report") ? one(args, "report") : "docs/benchmarks/feed.md");
        long started = System.nanoTime();

        List<KuaiRand.Video> videos = KuaiRand.videos(videosFile);
        List<KuaiRand.History> histories = KuaiRand.history(historyFile);
        List<KuaiRand.Impression> train = new ArrayList<>();
        for (Path file : trainFiles) {
            train.addAll(KuaiRand.impressions(file));
        }
        train.sort(Comparator.comparingLong(KuaiRand.Impression::timeMs));
        List<KuaiRand.Impression> test = KuaiRand.impressions(testFile);
        Map<Long, KuaiRand.Video> byId = videos.stream().collect(Collectors.toMap(KuaiRand.Video::id, v -> v));
        double typicalSeconds = videos.stream().mapToDouble(KuaiRand.Video::seconds).filter(d -> !Double.isNaN(d)).sorted()
                .skip(videos.size() / 2).findFirst().orElse(30);
        Instant end = Instant.ofEpochMilli(test.stream().mapToLong(KuaiRand.Impression::timeMs).min().orElseThrow());
        System.out.printf("%d videos, %d histories, %d training impressions, %d test impressions; training ends %s%n",
                videos.size(), histories.size(), train.size(), test.size(), end);

        // What training says, per user: the basis of the evaluation set and of the baselines.
        Map<Long, Set<Long>> trainSeen = new HashMap<>();
        Map<Long, Set<Long>> trainPositive = new HashMap<>();
        Map<Long, Set<Long>> trainLong = new HashMap<>();
        Map<Long, Double> longViews = new HashMap<>();
        Map<Long, Double> faded = new HashMap<>();
        for (var h : histories) {
            trainSeen.computeIfAbsent(h.user(), u -> new HashSet<>()).addAll(h.watched());
            trainSeen.get(h.user()).addAll(h.longViewed());
            trainLong.computeIfAbsent(h.user(), u -> new HashSet<>()).addAll(h.longViewed());
            trainPositive.computeIfAbsent(h.user(), u -> new HashSet<>()).addAll(h.longViewed());
            trainPositive.get(h.user()).addAll(h.liked());
            for (long v : h.longViewed()) {
                longViews.merge(v, 1.0, Double::sum);
                faded.merge(v, fade(h.lastTimeMs(), end), Double::sum);
            }
        }
        for (var i : train) {
            trainSeen.computeIfAbsent(i.user(), u -> new HashSet<>()).add(i.video());
            if (i.longView()) {
                trainLong.computeIfAbsent(i.user(), u -> new HashSet<>()).add(i.video());
                trainPositive.computeIfAbsent(i.user(), u -> new HashSet<>()).add(i.video());
                longViews.merge(i.video(), 1.0, Double::sum);
                faded.merge(i.video(), fade(i.timeMs(), end), Double::sum);
            }
            if (i.liked()) {
                trainPositive.computeIfAbsent(i.user(), u -> new HashSet<>()).add(i.video());
            }
        }
        Map<Long, Set<Long>> targets = new HashMap<>();
        Map<Long, List<KuaiRand.Impression>> testByUser = new HashMap<>();
        for (var i : test) {
            testByUser.computeIfAbsent(i.user(), u -> new ArrayList<>()).add(i);
            if (i.longView() && !trainLong.getOrDefault(i.user(), Set.of()).contains(i.video()) && byId.containsKey(i.video())) {
                targets.computeIfAbsent(i.user(), u -> new HashSet<>()).add(i.video());
            }
        }
        List<Long> evaluated = sample(new ArrayList<>(targets.keySet()), sample);
        List<Long> gaucUsers = sample(testByUser.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(KuaiRand.Impression::longView)
                        && e.getValue().stream().anyMatch(i -> !i.longView()))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(ArrayList::new)), sample);

        Path data = Files.createTempDirectory("flick-feed-eval-");
        try (var server = new BenchServer(data, new Class<?>[] {ReplayClock.Setup.class},
                // A deadline is a serving concern; here every source must answer.
                "--flick.feed.source-deadline=30s", "--flick.feed.charts-refresh=1h")) {
            ReplayClock clock = server.bean(ReplayClock.class);
            FeedReplay feed = server.bean(FeedReplay.class);

            long phase = System.nanoTime();
            List<FeedReplay.Video> published = new ArrayList<>();
            for (var v : videos) {
                SoundId sound = v.music() < 0 ? null : new SoundId(v.music() + 1);
                var event = new VideoPublished(new VideoId(v.id() + 1), new UserId(CREATOR_OFFSET + v.author()), Privacy.PUBLIC,
                        "", v.tags(), List.of(), sound, Double.isNaN(v.seconds()) ? typicalSeconds : v.seconds(), v.uploaded());
                published.add(new FeedReplay.Video(event,
                        Optional.ofNullable(sound).map(s -> new SoundSummary(s, "music " + v.music(), 0, 0))));
                if (published.size() == 500) {
                    feed.publish(published);
                    published.clear();
                }
            }
            feed.publish(published);
            System.out.printf("catalogue loaded (with embeddings) in %.0f s%n", (System.nanoTime() - phase) / 1e9);

            phase = System.nanoTime();
            FeedReplay.Batch batch = feed.batch();
            long count = 0;
            for (var h : histories) {
                UserId user = new UserId(h.user() + 1);
                Set<Long> longViewed = new HashSet<>(h.longViewed());
                // The last 50 long views reach further back than the last 50 exposures: those outside the
                // exposures are whole views too, replayed before them (about a quarter of all long views).
                Set<Long> exposed = new HashSet<>(h.watched());
                List<Long> older = h.longViewed().stream().filter(v -> !exposed.contains(v) && byId.containsKey(v)).toList();
                for (int i = 0; i < older.size(); i++) {
                    var video = byId.get(older.get(i));
                    double seconds = Double.isNaN(video.seconds()) ? typicalSeconds : video.seconds();
                    Instant at = Instant.ofEpochMilli(h.lastTimeMs() - (h.watched().size() + older.size() - i) * 60_000L);
                    batch.viewed(new VideoViewed(new VideoId(older.get(i) + 1), user, seconds, 1.0, "fyp", at));
                }
                // No per-event times in the history: its exposures are spread over the minutes before the user's last one.
                for (int i = 0; i < h.watched().size(); i++) {
                    long v = h.watched().get(i);
                    var video = byId.get(v);
                    if (video == null) {
                        continue;
                    }
                    double seconds = Double.isNaN(video.seconds()) ? typicalSeconds : video.seconds();
                    Instant at = Instant.ofEpochMilli(h.lastTimeMs() - (h.watched().size() - i) * 60_000L);
                    boolean whole = longViewed.contains(v);
                    batch.viewed(new VideoViewed(new VideoId(v + 1), user, whole ? seconds : Math.min(seconds, 4),
                            whole ? 1.0 : Math.min(1, 4 / seconds), "fyp", at));
                }
                for (long v : h.liked()) {
                    if (byId.containsKey(v)) {
                        batch.liked(new VideoLiked(new VideoId(v + 1), user), Instant.ofEpochMilli(h.lastTimeMs()));
                    }
                }
                count += flushIfFull(batch);
            }
            for (var i : train) {
                if (!byId.containsKey(i.video())) {
                    continue;
                }
                UserId user = new UserId(i.user() + 1);
                VideoId video = new VideoId(i.video() + 1);
                Instant at = Instant.ofEpochMilli(i.timeMs());
                double duration = i.durationSeconds() > 0 ? i.durationSeconds() : typicalSeconds;
                batch.viewed(new VideoViewed(video, user, i.playSeconds(), Math.min(1, i.playSeconds() / duration), "fyp", at));
                if (i.liked()) {
                    batch.liked(new VideoLiked(video, user), at);
                }
                if (i.forwarded()) {
                    batch.shared(new VideoShared(video, user, "external", at));
                }
                if (i.followed()) {
                    batch.followed(new UserFollowed(user, new UserId(CREATOR_OFFSET + byId.get(i.video()).author())), at);
                }
                if (i.hated()) {
                    batch.notInterested(user, video, at);
                }
                count += flushIfFull(batch);
            }
            count += batch.flush();
            System.out.printf("%d signals replayed in %.0f s%n", count, (System.nanoTime() - phase) / 1e9);

            clock.set(end);
            feed.refreshCharts(end);

            phase = System.nanoTime();
            Map<String, Baselines.Scorer> baselines = new LinkedHashMap<>();
            baselines.put("popularity", Baselines.popularity(longViews));
            baselines.put("trending", Baselines.trending(faded));
            baselines.put("item-kNN", Baselines.itemKnn(trainPositive));
            List<Long> pool = videos.stream().map(KuaiRand.Video::id).toList();
            List<Long> byPopularity = pool.stream().sorted(Comparator.comparingDouble((Long v) -> -longViews.getOrDefault(v, 0.0))
                    .thenComparingLong(v -> v)).toList();

            Map<String, Result> results = new LinkedHashMap<>();
            results.put("Flick pipeline", new Result());
            baselines.keySet().forEach(name -> results.put(name, new Result()));
            Map<String, DoubleAdder[]> byPositives = new ConcurrentHashMap<>();
            evaluated.parallelStream().forEach(user -> {
                Set<Long> relevant = targets.get(user);
                List<Long> ranked = feed.top(user + 1, TOP).stream().map(id -> id - 1).toList();
                results.get("Flick pipeline").add(ranked, relevant);
                Set<Long> seen = trainSeen.getOrDefault(user, Set.of());
                String bucket = bucket(trainPositive.getOrDefault(user, Set.of()).size());
                add(byPositives, bucket + "\t" + "Flick pipeline", Metrics.recall(ranked, relevant, TOP));
                baselines.forEach((name, scorer) -> {
                    List<Long> theirs = rank(scorer.scores(user), byPopularity, seen);
                    results.get(name).add(theirs, relevant);
                    add(byPositives, bucket + "\t" + name, Metrics.recall(theirs, relevant, TOP));
                });
            });
            gaucUsers.parallelStream().forEach(user -> {
                List<KuaiRand.Impression> impressions = testByUser.get(user).stream().filter(i -> byId.containsKey(i.video())).toList();
                boolean[] labels = new boolean[impressions.size()];
                for (int i = 0; i < labels.length; i++) {
                    labels[i] = impressions.get(i).longView();
                }
                Map<Long, Double> scores = feed.scores(user + 1, impressions.stream().map(i -> i.video() + 1).toList());
                results.get("Flick pipeline").auc(impressions.stream().mapToDouble(i -> scores.get(i.video() + 1)).toArray(), labels);
                baselines.forEach((name, scorer) -> {
                    Map<Long, Double> s = scorer.scores(user);
                    results.get(name).auc(impressions.stream().mapToDouble(i -> s.getOrDefault(i.video(), 0.0)).toArray(), labels);
                });
            });
            System.out.printf("evaluated in %.0f s%n", (System.nanoTime() - phase) / 1e9);
            String text = report(results, byPositives, evaluated.size(), gaucUsers.size(), pool.size(), videosFile, historyFile, trainFiles,
                    testFile, sample, (System.nanoTime() - started) / 1e9, end);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, text);
            System.out.println(text);
            if (args.containsKey("diagnose")) {
                Diagnosis.run(server, evaluated, targets);
            }
            if (args.containsKey("tune")) {
                // Tuned on other users than the ones reported, so the figures above stay honest.
                List<Long> others = new ArrayList<>(targets.keySet());
                others.removeAll(new HashSet<>(evaluated));
                List<Long> tuning = sample(others, Integer.parseInt(one(args, "tune")));
                Map<Long, Diagnosis.Impressions> seen = new HashMap<>();
                for (long user : tuning) {
                    List<KuaiRand.Impression> own = testByUser.get(user).stream().filter(i -> byId.containsKey(i.video())).toList();
                    boolean[] labels = new boolean[own.size()];
                    for (int i = 0; i < labels.length; i++) {
                        labels[i] = own.get(i).longView();
                    }
                    seen.put(user, new Diagnosis.Impressions(own.stream().map(i -> i.video() + 1).toList(), labels));
                }
                Diagnosis.tune(server, tuning, targets, seen);
            }
        }
    }

    /** One recommender's accumulated metrics. */
    static final class Result {
        final double[] recall = new double[Metrics.CUTOFFS.length];
        final double[] ndcg = new double[Metrics.CUTOFFS.length];
        final Set<Long> recommended = ConcurrentHashMap.newKeySet();
        int users;
        double weightedAuc;
        long aucWeight;

        synchronized void add(List<Long> ranked, Set<Long> relevant) {
            for (int c = 0; c < Metrics.CUTOFFS.length; c++) {
                recall[c] += Metrics.recall(ranked, relevant, Metrics.CUTOFFS[c]);
                ndcg[c] += Metrics.ndcg(ranked, relevant, Metrics.CUTOFFS[c]);
            }
            recommended.addAll(ranked);
            users++;
        }

        synchronized void auc(double[] scores, boolean[] labels) {
            double auc = Metrics.auc(scores, labels);
            if (!Double.isNaN(auc)) {
                weightedAuc += auc * labels.length;
                aucWeight += labels.length;
            }
        }
    }

    private static final List<String> BUCKETS = List.of("0", "1–4", "5–14", "15–39", "40+");

    private static String bucket(int positives) {
        return positives == 0 ? BUCKETS.get(0) : positives < 5 ? BUCKETS.get(1) : positives < 15 ? BUCKETS.get(2)
                : positives < 40 ? BUCKETS.get(3) : BUCKETS.get(4);
    }

    private static void add(Map<String, DoubleAdder[]> sums, String key, double value) {
        DoubleAdder[] pair = sums.computeIfAbsent(key, k -> new DoubleAdder[] {new DoubleAdder(), new DoubleAdder()});
        pair[0].add(1);
        pair[1].add(value);
    }

    /** The top 100 by score, unseen only; ties and the tail by popularity. */
    private static List<Long> rank(Map<Long, Double> scores, List<Long> byPopularity, Set<Long> seen) {
        List<Long> ranked = scores.entrySet().stream().filter(e -> e.getValue() > 0 && !seen.contains(e.getKey()))
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).map(Map.Entry::getKey).collect(Collectors.toCollection(ArrayList::new));
        Set<Long> taken = new HashSet<>(ranked);
        for (long v : byPopularity) {
            if (ranked.size() >= TOP) {
                break;
            }
            if (!seen.contains(v) && taken.add(v)) {
                ranked.add(v);
            }
        }
        return ranked;
    }

    private static int flushIfFull(FeedReplay.Batch batch) {
        return batch.size() < 20_000 ? 0 : batch.flush();
    }

    private static double fade(long timeMs, Instant end) {
        return Math.exp(-Math.max(0, end.toEpochMilli() - timeMs) / (double) Duration.ofDays(3).toMillis());
    }

    private static List<Long> sample(List<Long> users, int n) {
        users.sort(Long::compare);
        if (users.size() <= n) {
            return users;
        }
        java.util.Collections.shuffle(users, new Random(42));
        return users.subList(0, n);
    }

    private static String report(Map<String, Result> results, Map<String, DoubleAdder[]> byPositives, int users, int gaucUsers, int pool, Path videos, Path history,
                                 List<Path> train, Path test, int sample, double seconds, Instant end) {
        var table = new StringBuilder("| recommender | Recall@20 | Recall@50 | Recall@100 | NDCG@20 | NDCG@50 | NDCG@100 | coverage | GAUC(long_view) |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        results.forEach((name, r) -> {
            table.append("| ").append(name);
            for (int c = 0; c < Metrics.CUTOFFS.length; c++) {
                table.append(String.format(Locale.ROOT, " | %.4f", r.recall[c] / r.users));
            }
            for (int c = 0; c < Metrics.CUTOFFS.length; c++) {
                table.append(String.format(Locale.ROOT, " | %.4f", r.ndcg[c] / r.users));
            }
            table.append(String.format(Locale.ROOT, " | %.3f | %.4f |%n", r.recommended.size() / (double) pool,
                    r.aucWeight == 0 ? Double.NaN : r.weightedAuc / r.aucWeight));
        });
        // Where the recommenders differ: Recall@100 by how many training positives the user has.
        var byBucket = new StringBuilder("| training positives (long views, likes) | users | ")
                .append(String.join(" | ", results.keySet())).append(" |\n|---|---|")
                .append("---|".repeat(results.size())).append("\n");
        for (String bucket : BUCKETS) {
            DoubleAdder[] first = byPositives.get(bucket + "\t" + results.keySet().iterator().next());
            if (first == null) {
                continue;
            }
            byBucket.append(String.format(Locale.ROOT, "| %s | %.0f |", bucket, first[0].sum()));
            results.keySet().forEach(name -> {
                DoubleAdder[] sums = byPositives.get(bucket + "\t" + name);
                byBucket.append(String.format(Locale.ROOT, " %.4f |", sums[1].sum() / sums[0].sum()));
            });
            byBucket.append("\n");
        }
        String files = String.join(" ", train.stream().map(p -> "--train " + p).toList());
        return String.format(Locale.ROOT, """
                # Recommendation quality on KuaiRand-Pure

                Measured on %s with the real feed pipeline (the same sources, ranker, re-ranker and filters that
                serve `/api/v1/feed/for-you`), after replaying the training data through the feed's event
                translations and signal journal, with the clock at the end of the training window (%s).

                - Training: `%s`%s; test: `%s`.
                - Users evaluated (a long view in the test file on a video not long-viewed in training): **%d**%s;
                  each gets the top %d of the whole pool (%d videos), training exposures excluded for every recommender.
                - GAUC(long_view): each user's own test impressions scored by the recommender (the pipeline's
                  ranking score), AUC per user weighted by impressions, over **%d** users with both outcomes.
                - Baselines computed by the harness on the same data: popularity (training long views), trending
                  (long views fading with a 3-day time constant to the end of training), item-kNN (cosine over
                  users who long-viewed or liked both items, summed over the user's own).

                %s
                Recall@100 by the user's number of training positives:

                %s
                Run time: %.0f s. Reproduce:
                `./mvnw -q -DskipTests install && ./mvnw -q -pl bench exec:exec -Dbench.heap=8g -Dbench.main=io.flick.bench.feed.FeedEvaluation -Dbench.args="--videos %s --history %s %s --test %s%s"`
                """, LocalDate.now(), end, history, train.isEmpty() ? "" : " and " + train, test, users,
                sample == Integer.MAX_VALUE ? "" : " (a fixed random sample)", TOP, pool, gaucUsers, table, byBucket, seconds,
                videos, history, files, test, sample == Integer.MAX_VALUE ? "" : " --users " + sample);
    }

    private static Map<String, List<String>> arguments(String[] given) {
        String[] args = String.join(" ", given).trim().split("\\s+");
        Map<String, List<String>> parsed = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            parsed.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[i + 1]);
        }
        return parsed;
    }

    private static String one(Map<String, List<String>> args, String name) {
        List<String> values = args.get(name);
        if (values == null || values.size() != 1) {
            throw new IllegalArgumentException("give --" + name + " once");
        }
        return values.getFirst();
    }

    private FeedEvaluation() {
    }
}
