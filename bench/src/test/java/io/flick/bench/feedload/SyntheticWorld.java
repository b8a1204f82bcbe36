package io.flick.bench.feedload;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import io.flick.feed.SignalKind;

/**
 * A synthetic short-video platform with the shapes that make a recommender's work realistic,
 * generated deterministically from a seed:
 * <ul>
 * <li>creators are a fifth of the users; their audience (follows, views) falls off as a power law
 * of their rank, and so, less steeply, does their number of videos;</li>
 * <li>every video has a topic (mostly its creator's), a caption with hashtags from that topic, a
 * sound (its creator's original sound, or a shared track whose use is Zipf-distributed), a
 * duration of 5–60 s (log-normal around 15 s), a quality and a publication time in the last 60 days
 * (denser towards now: the platform grows);</li>
 * <li>every user has one to three favourite topics and an activity level (log-normal: most watch
 * a hundred-odd videos, a few thousands); they follow creators mostly of their topics, the popular
 * ones most often; they watch videos published before the moment they watch, often recent ones,
 * mostly of their topics, popular ones most often;</li>
 * <li>how a view goes depends on taste, quality and length: long views (finished, or 18 s or more),
 * partial views and skips; likes and shares follow long views of good, well-matched videos; a few
 * skipped videos are marked not interested.</li>
 * </ul>
 * Indexes: users 0..users-1 (the first {@code creators} are the creators), videos 0..videos-1 in
 * publication order, sounds 0..creators-1 are the creators' original sounds and the rest shared tracks.
 */
final class SyntheticWorld {

    static final long DAY = 86_400_000L;
    static final long CATALOG_DAYS = 60;
    static final int TRACKS = 400;
    private static final long RECENT = 3 * DAY;

    /** The sizes; defaults are issue 5's: 100,000 videos and 10,000 users. */
    record Shape(int users, int creators, int videos, long seed) {
        static Shape fromSystemProperties() {
            int users = Integer.getInteger("bench.users", 10_000);
            return new Shape(users, Integer.getInteger("bench.creators", users / 5),
                    Integer.getInteger("bench.videos", 100_000), Long.getLong("bench.seed", 5L));
        }
    }

    final Shape shape;
    final long now;
    final int topics = Topics.count();

    final int[] creatorTopic;
    final int[] videoCreator;
    final int[] videoTopic;
    final int[] videoPost;
    final int[] videoSound;
    final long[] videoPublished;
    final float[] videoDuration;
    final float[] videoQuality;
    final double[] videoWeight;
    /** The first video that used each sound (its source), or -1 if no video uses it. */
    final int[] soundSource;
    final int[] soundUses;
    final int[][] userTopics;
    final double[][] userTopicWeights;
    final SignalLog signals;

    private SyntheticWorld(Shape shape, long now) {
        this.shape = shape;
        this.now = now;
        creatorTopic = new int[shape.creators()];
        videoCreator = new int[shape.videos()];
        videoTopic = new int[shape.videos()];
        videoPost = new int[shape.videos()];
        videoSound = new int[shape.videos()];
        videoPublished = new long[shape.videos()];
        videoDuration = new float[shape.videos()];
        videoQuality = new float[shape.videos()];
        videoWeight = new double[shape.videos()];
        soundSource = new int[shape.creators() + TRACKS];
        soundUses = new int[shape.creators() + TRACKS];
        userTopics = new int[shape.users()][];
        userTopicWeights = new double[shape.users()][];
        signals = new SignalLog(now - (CATALOG_DAYS + 1) * DAY);
    }

    static SyntheticWorld generate(Shape shape, long now) {
        SyntheticWorld world = new SyntheticWorld(shape, now);
        SplittableRandom random = new SplittableRandom(shape.seed());
        TimedSampler topicPick = TimedSampler.untimed(IntStream.range(0, world.topics).toArray(),
                IntStream.range(0, world.topics).mapToDouble(t -> Math.pow(t + 1, -0.7)).toArray());
        world.creators(topicPick, random);
        world.videos(topicPick, random);
        world.tastes(topicPick, random);
        world.follows(random);
        world.views(random);
        world.signals.sortByTime();
        return world;
    }

    int creators() {
        return shape.creators();
    }

    boolean isCreator(int user) {
        return user < shape.creators();
    }

    /** Topic affinity of a user for a topic, 0..1: 1 for the only favourite, less when they have several. */
    double affinity(int user, int topic) {
        int[] favourites = userTopics[user];
        for (int i = 0; i < favourites.length; i++) {
            if (favourites[i] == topic) {
                return Math.min(1, userTopicWeights[user][i] * 1.6);
            }
        }
        return 0;
    }

    private void creators(TimedSampler topicPick, SplittableRandom random) {
        for (int c = 0; c < shape.creators(); c++) {
            creatorTopic[c] = topicPick.sample(random);
        }
    }

    /** Videos per creator ∝ rank^-0.5; then each video, and finally all of them in publication order. */
    private void videos(TimedSampler topicPick, SplittableRandom random) {
        int n = shape.videos();
        int[] perCreator = perCreator();
        TimedSampler trackPick = TimedSampler.untimed(IntStream.range(0, TRACKS).toArray(),
                IntStream.range(0, TRACKS).mapToDouble(t -> 1.0 / (t + 1)).toArray());
        int[] creator = new int[n];
        int[] topic = new int[n];
        int[] post = new int[n];
        int[] sound = new int[n];
        long[] published = new long[n];
        float[] duration = new float[n];
        float[] quality = new float[n];
        double[] weight = new double[n];
        int v = 0;
        for (int c = 0; c < shape.creators(); c++) {
            for (int k = 0; k < perCreator[c]; k++, v++) {
                creator[v] = c;
                topic[v] = random.nextDouble() < 0.8 ? creatorTopic[c] : topicPick.sample(random);
                post[v] = random.nextInt(Topics.POSTS_PER_TOPIC);
                sound[v] = random.nextDouble() < 0.45 ? c : shape.creators() + trackPick.sample(random);
                // Denser towards now; never in the last minute, so "published before the view" always has a past.
                published[v] = now - 60_000 - (long) (CATALOG_DAYS * DAY * Math.pow(random.nextDouble(), 1.3));
                duration[v] = (float) Math.clamp(Math.exp(Math.log(15) + 0.6 * gaussian(random)), 5, 60);
                quality[v] = (float) ((random.nextDouble() + random.nextDouble()) / 2);
                weight[v] = Math.pow(c + 1, -0.3) * Math.exp(1.2 * gaussian(random)) * (0.5 + quality[v]);
            }
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> Long.compare(published[a], published[b]));
        Arrays.fill(soundSource, -1);
        for (int i = 0; i < n; i++) {
            int from = order[i];
            videoCreator[i] = creator[from];
            videoTopic[i] = topic[from];
            videoPost[i] = post[from];
            videoSound[i] = sound[from];
            videoPublished[i] = published[from];
            videoDuration[i] = duration[from];
            videoQuality[i] = quality[from];
            videoWeight[i] = weight[from];
            if (soundSource[videoSound[i]] < 0) {
                soundSource[videoSound[i]] = i;
            }
            soundUses[videoSound[i]]++;
        }
    }

    private int[] perCreator() {
        int n = shape.videos();
        double[] share = IntStream.range(0, shape.creators()).mapToDouble(c -> Math.pow(c + 1, -0.5)).toArray();
        double sum = Arrays.stream(share).sum();
        int[] count = new int[shape.creators()];
        int total = 0;
        for (int c = 0; c < count.length; c++) {
            count[c] = Math.max(1, (int) (n * share[c] / sum));
            total += count[c];
        }
        // Rounding: the remainder goes to (or comes from) the most prolific creators.
        for (int c = 0; total != n; c = (c + 1) % count.length) {
            if (total < n) {
                count[c]++;
                total++;
            } else if (count[c] > 1) {
                count[c]--;
                total--;
            }
        }
        return count;
    }

    /** One to three favourite topics each; a creator's first favourite is their own topic. */
    private void tastes(TimedSampler topicPick, SplittableRandom random) {
        for (int u = 0; u < shape.users(); u++) {
            double r = random.nextDouble();
            int k = r < 0.4 ? 1 : r < 0.8 ? 2 : 3;
            Set<Integer> chosen = new java.util.LinkedHashSet<>();
            if (isCreator(u)) {
                chosen.add(creatorTopic[u]);
            }
            while (chosen.size() < k) {
                chosen.add(topicPick.sample(random));
            }
            double[] weights = new double[k];
            for (int i = 0; i < k; i++) {
                weights[i] = -Math.log(1 - random.nextDouble());
            }
            // The first favourite is the strongest.
            Arrays.sort(weights);
            double sum = Arrays.stream(weights).sum();
            userTopics[u] = chosen.stream().mapToInt(Integer::intValue).toArray();
            userTopicWeights[u] = new double[k];
            for (int i = 0; i < k; i++) {
                userTopicWeights[u][i] = weights[k - 1 - i] / sum;
            }
        }
    }

    /** Follows: log-normal counts (median 12); creators of the user's topics mostly, weight ∝ rank^-1 (power-law in-degree). */
    private void follows(SplittableRandom random) {
        int[] all = IntStream.range(0, shape.creators()).toArray();
        double[] weight = IntStream.range(0, shape.creators()).mapToDouble(c -> 1.0 / (c + 1)).toArray();
        TimedSampler anyCreator = TimedSampler.untimed(all, weight);
        TimedSampler[] byTopic = new TimedSampler[topics];
        for (int t = 0; t < topics; t++) {
            int topic = t;
            int[] members = IntStream.range(0, shape.creators()).filter(c -> creatorTopic[c] == topic).toArray();
            byTopic[t] = TimedSampler.untimed(members, Arrays.stream(members).mapToDouble(c -> weight[c]).toArray());
        }
        long earliest = now - CATALOG_DAYS * DAY;
        for (int u = 0; u < shape.users(); u++) {
            int wanted = (int) Math.min(shape.creators() - 1, Math.min(300, Math.round(Math.exp(Math.log(12) + gaussian(random)))));
            Set<Integer> followed = new HashSet<>();
            for (int attempt = 0; followed.size() < wanted && attempt < wanted * 4; attempt++) {
                int creator = random.nextDouble() < 0.7 ? byTopic[favourite(u, random)].sample(random) : anyCreator.sample(random);
                if (creator >= 0 && creator != u && followed.add(creator)) {
                    signals.add(SignalKind.FOLLOW, u, creator, 0, 0, earliest + (long) (random.nextDouble() * (now - earliest - DAY / 24)));
                }
            }
        }
    }

    /** Views in time order per user, each of a video already published, then what came of it. */
    private void views(SplittableRandom random) {
        int[] all = IntStream.range(0, shape.videos()).toArray();
        TimedSampler anyVideo = new TimedSampler(all, videoPublished, videoWeight);
        TimedSampler[] byTopic = new TimedSampler[topics];
        for (int t = 0; t < topics; t++) {
            int topic = t;
            int[] members = IntStream.range(0, shape.videos()).filter(v -> videoTopic[v] == topic).toArray();
            byTopic[t] = new TimedSampler(members, Arrays.stream(members).mapToLong(v -> videoPublished[v]).toArray(),
                    Arrays.stream(members).mapToDouble(v -> videoWeight[v]).toArray());
        }
        for (int u = 0; u < shape.users(); u++) {
            int count = (int) Math.clamp(Math.round(Math.exp(Math.log(100) + 1.1 * gaussian(random))), 3, 2500);
            long span = (long) ((2 + 28 * random.nextDouble()) * DAY);
            long[] times = new long[count];
            for (int i = 0; i < count; i++) {
                // Five minutes back at the latest: a view, its loops and the like after it all lie in the past.
                times[i] = now - 300_000 - (long) (random.nextDouble() * span);
            }
            Arrays.sort(times);
            Set<Integer> seen = new HashSet<>();
            for (long at : times) {
                int video = pick(u, at, anyVideo, byTopic, seen, random);
                if (video >= 0) {
                    seen.add(video);
                    watch(u, video, at, random);
                }
            }
        }
    }

    private int pick(int user, long at, TimedSampler anyVideo, TimedSampler[] byTopic, Set<Integer> seen, SplittableRandom random) {
        for (int attempt = 0; attempt < 4; attempt++) {
            TimedSampler from = random.nextDouble() < 0.75 ? byTopic[favourite(user, random)] : anyVideo;
            int video = random.nextDouble() < 0.5 ? from.sample(at - RECENT, at, random) : -1;
            if (video < 0) {
                video = from.sample(Long.MIN_VALUE, at, random);
            }
            if (video >= 0 && videoCreator[video] != user && !seen.contains(video)) {
                return video;
            }
        }
        return -1;
    }

    /** How one view goes, and the like, share or dismissal it may lead to. */
    private void watch(int user, int video, long at, SplittableRandom random) {
        double affinity = affinity(user, videoTopic[video]);
        double quality = videoQuality[video];
        double duration = videoDuration[video];
        double longView = Math.clamp(0.10 + 0.55 * affinity + 0.35 * (quality - 0.5) - 0.2 * (duration - 5) / 55, 0.02, 0.95);
        double watched;
        boolean isLong = random.nextDouble() < longView;
        boolean skipped = false;
        if (isLong) {
            // Past 18 s counts as long even when left before the end; short clips loop now and then.
            watched = duration > 18 && random.nextDouble() < 0.4 ? 18 + random.nextDouble() * (duration - 18)
                    : duration * (random.nextDouble() < 0.15 ? 1 + random.nextDouble() : 1);
        } else if (random.nextDouble() < 0.55 - 0.3 * affinity) {
            skipped = true;
            watched = 0.3 + 2.5 * random.nextDouble();
        } else {
            watched = Math.min(Math.min(17.5, 0.94 * duration), duration * (0.25 + 0.65 * random.nextDouble()));
        }
        double completion = Math.min(1, watched / duration);
        signals.add(SignalKind.VIEW, user, video, watched, completion, at);
        long after = at + (long) (watched * 1000);
        if (isLong && random.nextDouble() < 0.03 + 0.15 * affinity * quality + 0.05 * quality
                || !isLong && !skipped && random.nextDouble() < 0.004) {
            signals.add(SignalKind.LIKE, user, video, 0, 0, after);
        }
        if (isLong && random.nextDouble() < 0.003 + 0.02 * affinity * quality) {
            signals.add(SignalKind.SHARE, user, video, 0, 0, after + 2000);
        }
        if (skipped && random.nextDouble() < 0.02 * (1 - affinity)) {
            signals.add(SignalKind.NOT_INTERESTED, user, video, 0, 0, after);
        }
    }

    private int favourite(int user, SplittableRandom random) {
        double r = random.nextDouble();
        double[] weights = userTopicWeights[user];
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r <= 0) {
                return userTopics[user][i];
            }
        }
        return userTopics[user][weights.length - 1];
    }

    private static double gaussian(SplittableRandom random) {
        return random.nextGaussian();
    }
}
