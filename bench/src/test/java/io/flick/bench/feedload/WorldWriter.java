package io.flick.bench.feedload;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import io.flick.feed.SignalKind;

/**
 * Writes a {@link SyntheticWorld} straight into the tables of every module the For You request
 * touches, in the formats those modules write themselves: accounts, the follow graph, sounds,
 * videos with hashtags, uploads, assets with their renditions (so cards hydrate with media URLs),
 * likes, shares and counters, and the feed's catalog ({@code feed.items}, with embeddings) and
 * journal ({@code feed.signals}, oldest first), which the server replays at start exactly as after
 * a restart. Per-view rows of {@code engagement.views} are not written: nothing on the For You path
 * reads them (the counters carry the totals), and they would double the seeding time.
 */
final class WorldWriter {

    static final long USER_BASE = 1_000_000L;
    static final long VIDEO_BASE = 100_000_000L;
    static final long UPLOAD_BASE = 200_000_000L;
    static final long SOUND_BASE = 300_000_000L;

    private static final String[] TRACK_WORDS_A = {"Golden", "Midnight", "Electric", "Velvet", "Neon", "Summer", "Paper",
            "Silver", "Wild", "Lazy", "Crystal", "Broken", "Sunday", "Cosmic", "Little", "Endless", "Hollow", "Bright", "Slow",
            "Lucky"};
    private static final String[] TRACK_WORDS_B = {"Hour", "Drive", "Heart", "Waves", "Dreams", "Lights", "City", "Echo",
            "Garden", "Motion", "Rain", "Fever", "Skyline", "Party", "Story", "River", "Signal", "Groove", "Bloom", "Nights"};
    private static final String[] PLATFORMS = {"whatsapp", "instagram", "copy_link", "messages", "x"};

    private final SyntheticWorld world;
    private final CaptionVectors vectors;
    private final String passwordHash;
    private final Map<String, Long> rowsWritten = new LinkedHashMap<>();

    WorldWriter(SyntheticWorld world, CaptionVectors vectors, String passwordHash) {
        this.world = world;
        this.vectors = vectors;
        this.passwordHash = passwordHash;
    }

    static long userId(int user) {
        return USER_BASE + user;
    }

    static long videoId(int video) {
        return VIDEO_BASE + video;
    }

    static long soundId(int sound) {
        return SOUND_BASE + sound;
    }

    /** @return rows written per table, in writing order */
    Map<String, Long> write(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        Totals totals = new Totals(world);
        users(connection, totals);
        follows(connection);
        sounds(connection);
        videos(connection);
        media(connection);
        engagement(connection, totals);
        feed(connection);
        try (Statement statement = connection.createStatement()) {
            // Fresh statistics and visibility maps, as a database that grew over months would have.
            statement.execute("VACUUM ANALYZE");
        }
        return rowsWritten;
    }

    String username(int user) {
        return world.isCreator(user) ? Topics.ALL.get(world.creatorTopic[user]).name() + "_" + user : "viewer" + user;
    }

    private void users(Connection connection, Totals totals) throws SQLException {
        long created = world.now - (SyntheticWorld.CATALOG_DAYS + 30) * SyntheticWorld.DAY;
        try (var copy = CopyRows.into(connection, "account.users", "id, username, email, password_hash, display_name, bio, "
                + "follower_count, following_count, likes_count, video_count, created_at, updated_at")) {
            for (int u = 0; u < world.shape.users(); u++) {
                String name = username(u);
                copy.value(userId(u)).value(name).value(name + "@load.flick.local").value(passwordHash)
                        .value(world.isCreator(u) ? Topics.ALL.get(world.creatorTopic[u]).name() + " by " + u : "Viewer " + u)
                        .value(world.isCreator(u) ? "Short videos about " + Topics.ALL.get(world.creatorTopic[u]).name() : "")
                        .value(totals.followers[u]).value(totals.following[u]).value(totals.likesReceived[u])
                        .value(totals.videosBy[u]).time(created + u * 1000L).time(created + u * 1000L).endRow();
            }
            count("account.users", copy);
        }
    }

    private void follows(Connection connection) throws SQLException {
        try (var copy = CopyRows.into(connection, "social.follows", "follower_id, followee_id, created_at")) {
            for (int i = 0; i < world.signals.size(); i++) {
                if (world.signals.kind(i) == SignalKind.FOLLOW) {
                    copy.value(userId(world.signals.user(i))).value(userId(world.signals.target(i))).time(world.signals.at(i)).endRow();
                }
            }
            count("social.follows", copy);
        }
    }

    private void sounds(Connection connection) throws SQLException {
        try (var copy = CopyRows.into(connection, "sound.sounds",
                "id, owner_id, name, duration, usage_count, is_original, source_asset_id, created_at")) {
            for (int s = 0; s < world.soundSource.length; s++) {
                int source = world.soundSource[s];
                if (source < 0) {
                    continue;
                }
                boolean original = s < world.creators();
                copy.value(soundId(s)).value(userId(world.videoCreator[source])).value(soundName(s, original))
                        .value(world.videoDuration[source]).value(world.soundUses[s]).value(original).value(videoId(source))
                        .time(world.videoPublished[source]).endRow();
            }
            count("sound.sounds", copy);
        }
    }

    private String soundName(int sound, boolean original) {
        if (original) {
            return "Original sound - @" + username(sound);
        }
        int track = sound - world.creators();
        return TRACK_WORDS_A[track % TRACK_WORDS_A.length] + " " + TRACK_WORDS_B[track / TRACK_WORDS_A.length % TRACK_WORDS_B.length];
    }

    private void videos(Connection connection) throws SQLException {
        try (var copy = CopyRows.into(connection, "video.videos", "id, owner_id, upload_id, caption, sound_id, privacy, "
                + "duet_enabled, stitch_enabled, comment_enabled, status, duration, created_at, published_at")) {
            for (int v = 0; v < world.shape.videos(); v++) {
                Topics.Post post = Topics.post(world.videoTopic[v], world.videoPost[v]);
                copy.value(videoId(v)).value(userId(world.videoCreator[v])).value(UPLOAD_BASE + v).value(post.caption())
                        .value(soundId(world.videoSound[v])).value("public").value(true).value(true).value(true)
                        .value("published").value(world.videoDuration[v]).time(world.videoPublished[v] - 40_000)
                        .time(world.videoPublished[v]).endRow();
            }
            count("video.videos", copy);
        }
        try (var copy = CopyRows.into(connection, "video.hashtags", "video_id, tag, position")) {
            for (int v = 0; v < world.shape.videos(); v++) {
                List<String> tags = Topics.post(world.videoTopic[v], world.videoPost[v]).hashtags();
                for (int position = 0; position < tags.size(); position++) {
                    copy.value(videoId(v)).value(tags.get(position)).value(position).endRow();
                }
            }
            count("video.hashtags", copy);
        }
    }

    /** A finished upload, and its asset (id = the video's) with the whole 9:16 ladder ready. */
    private void media(Connection connection) throws SQLException {
        try (var copy = CopyRows.into(connection, "media.uploads", "id, owner_id, transport, declared_size, declared_duration, "
                + "width, height, fps, status, received_bytes, source_key, expires_at, created_at, received_at")) {
            for (int v = 0; v < world.shape.videos(); v++) {
                long size = (long) (world.videoDuration[v] * 600_000);
                long at = world.videoPublished[v] - 60_000;
                copy.value(UPLOAD_BASE + v).value(userId(world.videoCreator[v])).value("put").value(size)
                        .value(world.videoDuration[v]).value(1080).value(1920).value(30.0).value("claimed").value(size)
                        .value("uploads/" + (UPLOAD_BASE + v)).time(at + SyntheticWorld.DAY).time(at).time(at + 5_000).endRow();
            }
            count("media.uploads", copy);
        }
        try (var copy = CopyRows.into(connection, "media.assets", "id, owner_id, upload_id, status, public, duration_seconds, "
                + "width, height, progress, has_audio_track, attempts, queued_at, started_at, playable_at, finished_at, encode_seconds")) {
            for (int v = 0; v < world.shape.videos(); v++) {
                long published = world.videoPublished[v];
                copy.value(videoId(v)).value(userId(world.videoCreator[v])).value(UPLOAD_BASE + v).value("ready").value(true)
                        .value(world.videoDuration[v]).value(1080).value(1920).value(1.0).value(true).value(1)
                        .time(published - 40_000).time(published - 38_000).time(published).time(published + 30_000)
                        .value(world.videoDuration[v]).endRow();
            }
            count("media.assets", copy);
        }
        record Rung(String name, int width, int height, int bandwidth, int average) {
        }
        List<Rung> ladder = List.of(new Rung("360p", 360, 640, 1_060_000, 700_000), new Rung("480p", 480, 854, 1_650_000, 1_100_000),
                new Rung("720p", 720, 1280, 3_200_000, 2_100_000), new Rung("1080p", 1080, 1920, 4_700_000, 3_100_000));
        try (var copy = CopyRows.into(connection, "media.renditions",
                "asset_id, name, width, height, frame_rate, bandwidth, average_bandwidth, codecs, ready_at")) {
            for (int v = 0; v < world.shape.videos(); v++) {
                for (Rung rung : ladder) {
                    copy.value(videoId(v)).value(rung.name()).value(rung.width()).value(rung.height()).value(30.0)
                            .value(rung.bandwidth()).value(rung.average()).value("avc1.64001f,mp4a.40.2")
                            .time(world.videoPublished[v] + 30_000).endRow();
                }
            }
            count("media.renditions", copy);
        }
    }

    private void engagement(Connection connection, Totals totals) throws SQLException {
        try (var likes = CopyRows.into(connection, "engagement.likes", "video_id, user_id, created_at")) {
            for (int i = 0; i < world.signals.size(); i++) {
                if (world.signals.kind(i) == SignalKind.LIKE) {
                    likes.value(videoId(world.signals.target(i))).value(userId(world.signals.user(i))).time(world.signals.at(i)).endRow();
                }
            }
            count("engagement.likes", likes);
        }
        try (var shares = CopyRows.into(connection, "engagement.shares", "video_id, user_id, share_type, platform, created_at")) {
            for (int i = 0; i < world.signals.size(); i++) {
                if (world.signals.kind(i) == SignalKind.SHARE) {
                    boolean internal = i % 4 == 0;
                    shares.value(videoId(world.signals.target(i))).value(userId(world.signals.user(i)))
                            .value(internal ? "internal" : "external").value(internal ? null : PLATFORMS[i % PLATFORMS.length])
                            .time(world.signals.at(i)).endRow();
                }
            }
            count("engagement.shares", shares);
        }
        try (var counters = CopyRows.into(connection, "engagement.video_counters",
                "video_id, likes, saves, shares, views, comments, updated_at")) {
            for (int v = 0; v < world.shape.videos(); v++) {
                counters.value(videoId(v)).value(totals.likes[v]).value(0).value(totals.shares[v]).value(totals.views[v])
                        .value(0).time(world.now).endRow();
            }
            count("engagement.video_counters", counters);
        }
    }

    private void feed(Connection connection) throws SQLException {
        try (var items = CopyRows.into(connection, "feed.items",
                "video_id, creator_id, sound_id, hashtags, duration, published_at, public, embedding")) {
            for (int v = 0; v < world.shape.videos(); v++) {
                List<String> tags = Topics.post(world.videoTopic[v], world.videoPost[v]).hashtags();
                items.value(videoId(v)).value(userId(world.videoCreator[v])).value(soundId(world.videoSound[v]))
                        .array("{" + String.join(",", tags) + "}").value(world.videoDuration[v]).time(world.videoPublished[v])
                        .value(true).array(literal(vectors.vector(v, world.videoTopic[v], world.videoPost[v]))).endRow();
            }
            count("feed.items", items);
        }
        try (var journal = CopyRows.into(connection, "feed.signals", "kind, user_id, target_id, watch_seconds, completion, at")) {
            for (int i = 0; i < world.signals.size(); i++) {
                SignalKind kind = world.signals.kind(i);
                long target = kind == SignalKind.FOLLOW ? userId(world.signals.target(i)) : videoId(world.signals.target(i));
                journal.value(kind.code()).value(userId(world.signals.user(i))).value(target).value(world.signals.watch(i))
                        .value(world.signals.completion(i)).time(world.signals.at(i)).endRow();
            }
            count("feed.signals", journal);
        }
    }

    private static String literal(float[] vector) {
        StringJoiner joined = new StringJoiner(",", "{", "}");
        for (float value : vector) {
            joined.add(Float.toString(value));
        }
        return joined.toString();
    }

    private void count(String table, CopyRows copy) {
        rowsWritten.put(table, copy.rows());
    }

    /** What the counters and profile counts say, derived from the signals so they agree with the rows. */
    private static final class Totals {
        final int[] views;
        final int[] likes;
        final int[] shares;
        final int[] followers;
        final int[] following;
        final long[] likesReceived;
        final int[] videosBy;

        Totals(SyntheticWorld world) {
            views = new int[world.shape.videos()];
            likes = new int[world.shape.videos()];
            shares = new int[world.shape.videos()];
            followers = new int[world.shape.users()];
            following = new int[world.shape.users()];
            likesReceived = new long[world.shape.users()];
            videosBy = new int[world.shape.users()];
            for (int v = 0; v < world.shape.videos(); v++) {
                videosBy[world.videoCreator[v]]++;
            }
            Set<Long> follows = new HashSet<>();
            for (int i = 0; i < world.signals.size(); i++) {
                int target = world.signals.target(i);
                switch (world.signals.kind(i)) {
                    case VIEW -> views[target]++;
                    case LIKE -> {
                        likes[target]++;
                        likesReceived[world.videoCreator[target]]++;
                    }
                    case SHARE -> shares[target]++;
                    case FOLLOW -> {
                        if (follows.add((long) world.signals.user(i) << 32 | target)) {
                            followers[target]++;
                            following[world.signals.user(i)]++;
                        }
                    }
                    default -> {
                    }
                }
            }
        }
    }

    /** Kept for the report: how many of each kind of signal the journal holds. */
    static Map<String, Long> signalCounts(SyntheticWorld world) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (SignalKind kind : SignalKind.values()) {
            counts.put(kind.name().toLowerCase(java.util.Locale.ROOT), 0L);
        }
        for (int i = 0; i < world.signals.size(); i++) {
            counts.merge(world.signals.kind(i).name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
        }
        counts.values().removeIf(count -> count == 0);
        return counts;
    }
}
