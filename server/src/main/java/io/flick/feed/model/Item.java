package io.flick.feed.model;

import java.time.Instant;
import java.util.List;

/**
 * A published video as the recommender knows it: who made it, with what sound and hashtags, how
 * long it is, when it came out, who may see it, and its text embedding (caption, hashtags, sound
 * name). Immutable; {@code embedding} may be null while it is being computed.
 *
 * @param sound 0 when the video has no sound
 */
public record Item(long id, long creator, long sound, List<String> hashtags, double durationSeconds, Instant publishedAt,
                   boolean isPublic, float[] embedding) {

    public Item withEmbedding(float[] vector) {
        return new Item(id, creator, sound, hashtags, durationSeconds, publishedAt, isPublic, vector);
    }
}
