package io.flick.feed.signals;

import java.sql.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.flick.feed.TextEmbedder;
import io.flick.feed.model.FeedState;
import io.flick.feed.model.Item;
import io.flick.feed.similarity.VectorIndex;
import io.flick.shared.Utc;

/**
 * The videos the recommender may propose, in {@code feed.items}: added when published, with the
 * embedding of their text (caption, hashtags, sound name) computed once and stored, put in the
 * in-memory state and the similarity index.
 */
@Component
public class FeedItems {

    private final JdbcTemplate jdbc;
    private final FeedState state;
    private final TextEmbedder embedder;
    private final VectorIndex index;

    FeedItems(JdbcTemplate jdbc, FeedState state, TextEmbedder embedder, VectorIndex index) {
        this.jdbc = jdbc;
        this.state = state;
        this.embedder = embedder;
        this.index = index;
    }

    /** A published video and its text; adding one twice changes nothing. */
    public record Published(Item item, String text) {
    }

    public void add(List<Published> videos) {
        List<String> texts = videos.stream().map(Published::text).toList();
        List<float[]> vectors = embedder.embedAll(texts);
        List<Item> items = new ArrayList<>(videos.size());
        for (int i = 0; i < videos.size(); i++) {
            items.add(videos.get(i).item().withEmbedding(vectors.get(i)));
        }
        jdbc.batchUpdate("""
                INSERT INTO feed.items (video_id, creator_id, sound_id, hashtags, duration, published_at, public, embedding)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (video_id) DO NOTHING""", items, 500, (statement, item) -> {
            Array tags = statement.getConnection().createArrayOf("text", item.hashtags().toArray());
            Float[] boxed = new Float[item.embedding().length];
            for (int i = 0; i < boxed.length; i++) {
                boxed[i] = item.embedding()[i];
            }
            statement.setLong(1, item.id());
            statement.setLong(2, item.creator());
            statement.setLong(3, item.sound());
            statement.setArray(4, tags);
            statement.setDouble(5, item.durationSeconds());
            statement.setObject(6, Utc.utc(item.publishedAt()));
            statement.setBoolean(7, item.isPublic());
            statement.setArray(8, statement.getConnection().createArrayOf("real", boxed));
        });
        items.forEach(state::applyPublished);
        index.putAll(items.stream().filter(Item::isPublic).collect(Collectors.toMap(Item::id, Item::embedding, (a, b) -> a)));
    }

    /**
     * Its owner edited a video: who may see it and its text (so its embedding) are replaced, in
     * {@code feed.items}, the state and the similarity index (which holds public items only).
     * An item the feed does not have is left alone.
     */
    public void edit(long videoId, boolean isPublic, List<String> hashtags, String text) {
        Item current = state.item(videoId).orElse(null);
        if (current == null) {
            return;
        }
        float[] vector = embedder.embedAll(List.of(text)).getFirst();
        Item edited = new Item(current.id(), current.creator(), current.sound(), List.copyOf(hashtags),
                current.durationSeconds(), current.publishedAt(), isPublic, vector);
        Float[] boxed = new Float[vector.length];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = vector[i];
        }
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "UPDATE feed.items SET public = ?, hashtags = ?, embedding = ? WHERE video_id = ?");
            statement.setBoolean(1, isPublic);
            statement.setArray(2, connection.createArrayOf("text", hashtags.toArray()));
            statement.setArray(3, connection.createArrayOf("real", boxed));
            statement.setLong(4, videoId);
            return statement;
        });
        state.applyEdited(edited);
        if (isPublic) {
            index.put(videoId, vector);
        } else {
            index.remove(videoId);
        }
    }

    /** The sound of an item the feed has, if any (its text names the sound). */
    public java.util.Optional<io.flick.shared.SoundId> soundOf(long videoId) {
        return state.item(videoId).filter(item -> item.sound() != 0).map(item -> new io.flick.shared.SoundId(item.sound()));
    }

    /** A deleted video leaves the catalogue, the state and the similarity index. */
    public void remove(long videoId) {
        jdbc.update("DELETE FROM feed.items WHERE video_id = ?", videoId);
        state.applyDeleted(videoId);
        index.remove(videoId);
    }

    /** At start: every stored item into memory, and into the index if it is not there yet. */
    int load() {
        List<Item> missing = new ArrayList<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT video_id, creator_id, sound_id, hashtags, duration, published_at, public, embedding
                    FROM feed.items ORDER BY published_at""");
            statement.setFetchSize(5_000);
            return statement;
        }, rs -> {
            Object[] tags = (Object[]) rs.getArray(4).getArray();
            Object[] values = (Object[]) rs.getArray(8).getArray();
            float[] vector = new float[values.length];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = ((Number) values[i]).floatValue();
            }
            Item item = new Item(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                    java.util.Arrays.stream(tags).map(String::valueOf).toList(), rs.getDouble(5),
                    Utc.instant(rs, 6), rs.getBoolean(7), vector);
            state.applyPublished(item);
            if (item.isPublic() && !index.contains(item.id())) {
                missing.add(item);
            }
        });
        index.putAll(missing.stream().collect(Collectors.toMap(Item::id, Item::embedding, (a, b) -> a)));
        return state.size();
    }
}
