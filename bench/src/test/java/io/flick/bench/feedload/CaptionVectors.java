package io.flick.bench.feedload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import io.flick.feed.FeedText;
import io.flick.feed.TextEmbedder;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.video.Privacy;
import io.flick.video.VideoPublished;

/**
 * The text embeddings of the catalog, from the server's own model (all-MiniLM-L6-v2) and its own
 * text of a video (caption · hashtags, built by {@link FeedText#of}).
 *
 * <p>Embedding 100,000 captions one by one takes about 3.4 ms each on this 2-core machine, nearly six
 * minutes; so only the distinct posts are embedded ({@value Topics#POSTS_PER_TOPIC} per topic, a
 * few thousand, ~15 s), and each video gets its post's vector plus a little Gaussian noise, then
 * normalised. The noise (σ = {@value #NOISE} per dimension, cosine to the clean vector ≈ 0.93) keeps
 * videos with the same post near each other but never identical: real catalogs have no exact
 * duplicates, and an HNSW graph full of identical vectors is a pathological case, not the real one.
 * The sound's name, part of the server's text, is left out so the distinct texts stay few.
 */
final class CaptionVectors {

    static final double NOISE = 0.02;

    private final List<float[]> posts;
    private final int dimensions;
    private final long seed;

    private CaptionVectors(List<float[]> posts, int dimensions, long seed) {
        this.posts = posts;
        this.dimensions = dimensions;
        this.seed = seed;
    }

    /** Embeds every post of every topic: the slow part, a few seconds per thousand. */
    static CaptionVectors embed(long seed) {
        TextEmbedder embedder = FeedText.embedder();
        List<String> texts = new ArrayList<>();
        for (int topic = 0; topic < Topics.count(); topic++) {
            for (int post = 0; post < Topics.POSTS_PER_TOPIC; post++) {
                texts.add(text(Topics.post(topic, post)));
            }
        }
        return new CaptionVectors(embedder.embedAll(texts), embedder.dimensions(), seed);
    }

    int distinctTexts() {
        return posts.size();
    }

    /** The text the feed module embeds for a video with this post and no sound. */
    static String text(Topics.Post post) {
        VideoPublished event = new VideoPublished(new VideoId(1), new UserId(1), Privacy.PUBLIC, post.caption(), post.hashtags(),
                List.of(), null, 15, Instant.EPOCH);
        return FeedText.of(event, Optional.empty());
    }

    /** The unit vector of one video: its post's embedding plus noise that depends only on the seed and the video. */
    float[] vector(int video, int topic, int post) {
        float[] clean = posts.get(topic * Topics.POSTS_PER_TOPIC + post);
        SplittableRandom noise = new SplittableRandom(seed * 1_000_003L + video);
        float[] vector = new float[dimensions];
        double squares = 0;
        for (int i = 0; i < dimensions; i++) {
            vector[i] = (float) (clean[i] + NOISE * noise.nextGaussian());
            squares += (double) vector[i] * vector[i];
        }
        float scale = (float) (1 / Math.sqrt(squares));
        for (int i = 0; i < dimensions; i++) {
            vector[i] *= scale;
        }
        return vector;
    }
}
