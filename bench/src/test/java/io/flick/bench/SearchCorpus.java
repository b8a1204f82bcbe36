package io.flick.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import io.flick.bench.feedload.CopyRows;

/**
 * A search benchmark's catalogue, generated from a seed and written into the owning modules' tables
 * in bulk (COPY, {@code status = 'published'}, no events): users, sounds, videos with their hashtags,
 * the finished uploads and assets cards hydrate from, and engagement counters that ranking reads.
 * <p>
 * Captions are words drawn from a vocabulary with a Zipf distribution (exponent 1: a few words in
 * most captions, a long tail of rare ones), with inline hashtags (Zipf too), and now and then an
 * accented word, a Chinese, Japanese or Korean phrase or an emoji. Creators are a fifth of the users;
 * their number of videos falls off as a power law of their rank. The queries the load sends are drawn
 * from the same distributions ({@link #queries}).
 */
final class SearchCorpus {

    static final long USER_BASE = 1_000_000L;
    static final long VIDEO_BASE = 100_000_000L;
    static final long UPLOAD_BASE = 200_000_000L;
    static final long SOUND_BASE = 300_000_000L;
    static final int TRACKS = 500;

    /** The head of the vocabulary, most frequent first: what short-video captions say most. */
    private static final String[] COMMON = ("the my a to and of you this i it in for is with me so on when that day your "
            + "we be how pov try new first just love what time trying life get one all best make people part like can "
            + "why do not friend way wait finally too now ever go look little little night every best morning home "
            + "video trend real tutorial routine dance recipe easy quick challenge vlog summer food cat dog baby funny "
            + "cooking workout travel music song cover makeup outfit school work coffee weekend story reaction hack tips "
            + "guide review haul update random today tonight year week moment vibe mood energy aesthetic cozy chaos "
            + "perfect ultimate secret simple honest happy crazy cute tiny big old little mini epic wild slow fast "
            + "sunset beach city road trip garden kitchen pasta bread cake pizza ramen sushi tacos salad soup coffee "
            + "guitar piano drums beat remix duet stitch skit prank fail win glow up transformation before after "
            + "skincare hair nails shoes jacket vintage thrift budget money gym yoga run hike camping football "
            + "basketball skate surf snow rain storm stars moon ocean forest mountain puppy kitten horse bird").split(" ");
    private static final String[] ACCENTED = {"café", "crème", "brûlée", "niño", "jalapeño", "über", "façade", "déjà",
            "piñata", "señorita", "naïve", "smørrebrød", "fiancée", "açaí", "pão", "müsli", "crêpe", "résumé", "São", "Zürich"};
    private static final String[] CJK = {"東京", "料理", "猫", "音楽", "舞蹈", "사랑", "김치", "ラーメン", "可愛い", "旅行",
            "咖啡", "日本", "한국", "北京", "美食", "散歩", "春天", "桜", "踊ってみた", "먹방"};
    private static final String[] EMOJI = {"🔥", "😂", "💃", "✨", "❤️", "🍜", "🐶", "🎶", "😍", "🌊", "☕", "🙌"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ten", "vo", "shi", "ba", "ne", "ru", "zen",
            "pa", "do", "li", "ko", "mar", "tu", "sel", "vin", "qua", "fe", "gor", "hal", "jin", "nor", "pel", "tri", "ul",
            "yor", "wex"};
    private static final String[] FIRST = {"Luna", "Maya", "Leo", "Noah", "Emma", "Liam", "José", "Zoë", "Chloé", "Søren",
            "André", "Inés", "Björn", "Amélie", "Mateo", "Aiko", "Yuki", "Min-jun", "Priya", "Omar", "Sofia", "Lucas",
            "Hana", "Ravi", "Ana", "Felix", "Nora", "Kai", "Mia", "Elif"};
    private static final String[] LAST = {"Silva", "García", "Müller", "Dubois", "Tanaka", "Kim", "Rossi", "Nowak",
            "Smith", "Jensen", "Öztürk", "Ferreira", "Novák", "Lindqvist", "Park", "Nguyen", "Costa", "Brown", "Ivanova",
            "Moreau"};
    private static final String[] CJK_NAMES = {"山田 花子", "佐藤 健", "김 민지", "王 芳", "李 伟", "鈴木 一郎"};

    record Shape(int users, int videos, long seed) {
        int creators() {
            return Math.max(1, users / 5);
        }
    }

    final Shape shape;
    final List<String> vocabulary;
    final List<String> hashtags;
    final String[] usernames;
    final String[] displayNames;
    final String[] soundNames;
    private final ZipfSampler words;
    private final ZipfSampler tags;

    SearchCorpus(Shape shape) {
        this.shape = shape;
        SplittableRandom random = new SplittableRandom(shape.seed());
        vocabulary = vocabulary(20_000, random);
        hashtags = hashtags(3_000, random);
        words = new ZipfSampler(vocabulary.size(), 1.0);
        tags = new ZipfSampler(hashtags.size(), 1.0);
        usernames = new String[shape.users()];
        displayNames = new String[shape.users()];
        Set<String> taken = new LinkedHashSet<>();
        for (int u = 0; u < shape.users(); u++) {
            String name;
            do {
                name = (vocabulary.get(words.sample(random) % 2_000) + "_" + vocabulary.get(random.nextInt(200, 5_000))
                        + (random.nextBoolean() ? Integer.toString(random.nextInt(100)) : "")).replaceAll("[^a-z0-9_]", "");
                name = name.length() > 30 ? name.substring(0, 30) : name;
            } while (name.length() < 3 || !taken.add(name));
            usernames[u] = name;
            displayNames[u] = random.nextInt(20) == 0 ? CJK_NAMES[random.nextInt(CJK_NAMES.length)]
                    : FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        }
        soundNames = new String[shape.creators() + TRACKS];
        for (int s = 0; s < soundNames.length; s++) {
            soundNames[s] = s < shape.creators() ? "Original sound - @" + usernames[s]
                    : capitalised(vocabulary.get(words.sample(random) % 3_000)) + " " + capitalised(vocabulary.get(random.nextInt(50, 3_000)));
        }
    }

    /** @return rows written per table */
    Map<String, Long> write(Connection connection, String passwordHash, long now) throws SQLException {
        connection.setAutoCommit(true);
        Map<String, Long> rows = new LinkedHashMap<>();
        SplittableRandom random = new SplittableRandom(shape.seed() * 31 + 7);
        int creators = shape.creators();
        int[] videoCreator = videoCreators();
        int[] videoSound = new int[shape.videos()];
        String[] privacy = new String[shape.videos()];
        ZipfSampler trackPick = new ZipfSampler(TRACKS, 1.0);
        int[] soundSource = new int[creators + TRACKS];
        int[] soundUses = new int[creators + TRACKS];
        Arrays.fill(soundSource, -1);
        for (int v = 0; v < shape.videos(); v++) {
            videoSound[v] = random.nextDouble() < 0.45 ? videoCreator[v] : creators + trackPick.sample(random);
            // A twentieth private, a twentieth friends-only: the visibility filters have work to do.
            int p = random.nextInt(20);
            privacy[v] = p == 0 ? "private" : p == 1 ? "friends" : "public";
            if (soundSource[videoSound[v]] < 0) {
                soundSource[videoSound[v]] = v;
            }
            soundUses[videoSound[v]]++;
        }
        long day = 86_400_000L;
        try (var copy = CopyRows.into(connection, "account.users", "id, username, email, password_hash, display_name, "
                + "follower_count, video_count, created_at, updated_at")) {
            for (int u = 0; u < shape.users(); u++) {
                int followers = (int) (50_000 * Math.pow(u + 1, -0.9) * random.nextDouble());
                copy.value(USER_BASE + u).value(usernames[u]).value(usernames[u] + "@search.flick.local").value(passwordHash)
                        .value(displayNames[u]).value(followers).value(0).time(now - 120 * day).time(now - 120 * day).endRow();
            }
            rows.put("account.users", copy.rows());
        }
        try (var copy = CopyRows.into(connection, "sound.sounds",
                "id, owner_id, name, duration, usage_count, is_original, source_asset_id, published, created_at")) {
            for (int s = 0; s < soundSource.length; s++) {
                if (soundSource[s] >= 0) {
                    // Reusing a sound of a public clip publishes it (the sound module's rule); a sound used once is not.
                    boolean published = soundUses[s] > 1 && privacy[soundSource[s]].equals("public");
                    copy.value(SOUND_BASE + s).value(USER_BASE + videoCreator[soundSource[s]]).value(soundNames[s]).value(15.0)
                            .value(soundUses[s]).value(s < creators).value(VIDEO_BASE + soundSource[s]).value(published)
                            .time(now - 90 * day).endRow();
                }
            }
            rows.put("sound.sounds", copy.rows());
        }
        List<List<String>> videoTags = new ArrayList<>(shape.videos());
        long[] published = new long[shape.videos()];
        try (var copy = CopyRows.into(connection, "video.videos", "id, owner_id, upload_id, caption, sound_id, privacy, "
                + "duet_enabled, stitch_enabled, comment_enabled, status, duration, created_at, published_at")) {
            for (int v = 0; v < shape.videos(); v++) {
                List<String> tagsOfVideo = new ArrayList<>();
                String caption = caption(random, tagsOfVideo);
                videoTags.add(tagsOfVideo);
                published[v] = now - 60_000 - (long) (60 * day * Math.pow(random.nextDouble(), 1.3));
                copy.value(VIDEO_BASE + v).value(USER_BASE + videoCreator[v]).value(UPLOAD_BASE + v).value(caption)
                        .value(SOUND_BASE + videoSound[v]).value(privacy[v]).value(true).value(true).value(true).value("published")
                        .value(15.0).time(published[v] - 40_000).time(published[v]).endRow();
            }
            rows.put("video.videos", copy.rows());
        }
        try (var copy = CopyRows.into(connection, "video.hashtags", "video_id, tag, position")) {
            for (int v = 0; v < shape.videos(); v++) {
                for (int position = 0; position < videoTags.get(v).size(); position++) {
                    copy.value(VIDEO_BASE + v).value(videoTags.get(v).get(position)).value(position).endRow();
                }
            }
            rows.put("video.hashtags", copy.rows());
        }
        media(connection, videoCreator, published, rows);
        try (var copy = CopyRows.into(connection, "engagement.video_counters",
                "video_id, likes, saves, shares, views, comments, updated_at")) {
            for (int v = 0; v < shape.videos(); v++) {
                long views = (long) Math.exp(4 + 2.2 * gaussian(random));
                copy.value(VIDEO_BASE + v).value((long) (views * 0.08 * random.nextDouble())).value(0).value(0).value(views)
                        .value(0).time(now).endRow();
            }
            rows.put("engagement.video_counters", copy.rows());
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE");
        }
        return rows;
    }

    /** A finished upload and its asset with a 360p and a 720p rendition, so cards hydrate as for real videos. */
    private void media(Connection connection, int[] videoCreator, long[] published, Map<String, Long> rows) throws SQLException {
        try (var copy = CopyRows.into(connection, "media.uploads", "id, owner_id, transport, declared_size, declared_duration, "
                + "width, height, fps, status, received_bytes, source_key, expires_at, created_at, received_at")) {
            for (int v = 0; v < shape.videos(); v++) {
                long at = published[v] - 60_000;
                copy.value(UPLOAD_BASE + v).value(USER_BASE + videoCreator[v]).value("put").value(9_000_000L).value(15.0)
                        .value(1080).value(1920).value(30.0).value("claimed").value(9_000_000L).value("uploads/" + (UPLOAD_BASE + v))
                        .time(at + 86_400_000L).time(at).time(at + 5_000).endRow();
            }
            rows.put("media.uploads", copy.rows());
        }
        try (var copy = CopyRows.into(connection, "media.assets", "id, owner_id, upload_id, status, public, duration_seconds, "
                + "width, height, progress, has_audio_track, attempts, queued_at, started_at, playable_at, finished_at, encode_seconds")) {
            for (int v = 0; v < shape.videos(); v++) {
                long at = published[v];
                copy.value(VIDEO_BASE + v).value(USER_BASE + videoCreator[v]).value(UPLOAD_BASE + v).value("ready").value(true)
                        .value(15.0).value(1080).value(1920).value(1.0).value(true).value(1).time(at - 40_000).time(at - 38_000)
                        .time(at).time(at + 30_000).value(15.0).endRow();
            }
            rows.put("media.assets", copy.rows());
        }
        try (var copy = CopyRows.into(connection, "media.renditions",
                "asset_id, name, width, height, frame_rate, bandwidth, average_bandwidth, codecs, ready_at")) {
            for (int v = 0; v < shape.videos(); v++) {
                copy.value(VIDEO_BASE + v).value("360p").value(360).value(640).value(30.0).value(1_060_000).value(700_000)
                        .value("avc1.64001f,mp4a.40.2").time(published[v] + 30_000).endRow();
                copy.value(VIDEO_BASE + v).value("720p").value(720).value(1280).value(30.0).value(3_200_000).value(2_100_000)
                        .value("avc1.64001f,mp4a.40.2").time(published[v] + 30_000).endRow();
            }
            rows.put("media.renditions", copy.rows());
        }
    }

    /** 3–12 Zipf words, 1–4 inline hashtags; sometimes an accented word, a CJK phrase, an emoji. */
    private String caption(SplittableRandom random, List<String> tagsOfVideo) {
        StringBuilder caption = new StringBuilder();
        int length = random.nextInt(3, 13);
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                caption.append(' ');
            }
            double r = random.nextDouble();
            if (r < 0.03) {
                caption.append(ACCENTED[random.nextInt(ACCENTED.length)]);
            } else if (r < 0.05) {
                caption.append(CJK[random.nextInt(CJK.length)]);
            } else {
                caption.append(vocabulary.get(words.sample(random)));
            }
        }
        if (random.nextInt(4) == 0) {
            caption.append(' ').append(EMOJI[random.nextInt(EMOJI.length)]);
        }
        int count = random.nextInt(1, 5);
        for (int i = 0; i < count; i++) {
            String tag = hashtags.get(tags.sample(random));
            if (!tagsOfVideo.contains(tag)) {
                tagsOfVideo.add(tag);
                caption.append(" #").append(tag);
            }
        }
        return caption.toString();
    }

    /** The creator of each video: creators' shares fall off as rank^-0.5, every creator has one at least. */
    private int[] videoCreators() {
        int creators = shape.creators();
        double[] share = new double[creators];
        double sum = 0;
        for (int c = 0; c < creators; c++) {
            share[c] = Math.pow(c + 1, -0.5);
            sum += share[c];
        }
        int[] creator = new int[shape.videos()];
        int v = 0;
        for (int c = 0; c < creators && v < creator.length; c++) {
            int count = Math.max(1, (int) Math.round(shape.videos() * share[c] / sum));
            for (int k = 0; k < count && v < creator.length; k++) {
                creator[v++] = c;
            }
        }
        for (; v < creator.length; v++) {
            creator[v] = v % creators;
        }
        return creator;
    }

    /** What people type, per kind, drawn from the corpus's own distributions; a twentieth are typos. */
    Map<String, List<String>> queries(int perKind, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> videos = new ArrayList<>();
        List<String> users = new ArrayList<>();
        List<String> sounds = new ArrayList<>();
        List<String> hashtagQueries = new ArrayList<>();
        List<String> suggest = new ArrayList<>();
        for (int i = 0; i < perKind; i++) {
            double r = random.nextDouble();
            String word = vocabulary.get(words.sample(random));
            videos.add(r < 0.05 ? CJK[random.nextInt(CJK.length)] : r < 0.08 ? ACCENTED[random.nextInt(ACCENTED.length)]
                    : r < 0.10 ? EMOJI[random.nextInt(EMOJI.length)] : r < 0.15 ? typo(word, random)
                    : r < 0.55 ? word + " " + vocabulary.get(words.sample(random)) : word);
            int user = (int) Math.min(shape.users() - 1, Math.abs(shape.users() * Math.pow(random.nextDouble(), 3)));
            users.add(r < 0.5 ? usernames[user] : r < 0.8 ? displayNames[user].split(" ")[0] : usernames[user].split("_")[0]);
            int sound = random.nextDouble() < 0.3 ? random.nextInt(shape.creators()) : shape.creators() + random.nextInt(TRACKS);
            String[] soundWords = soundNames[sound].split(" ");
            sounds.add(r < 0.5 ? soundNames[sound].replace("Original sound - @", "") : soundWords[random.nextInt(soundWords.length)]);
            String tag = hashtags.get(tags.sample(random));
            hashtagQueries.add(r < 0.5 ? tag : tag.substring(0, Math.min(tag.length(), 3 + random.nextInt(4))));
            // Type-ahead: every prefix a person types on the way to a word, a tag or a name.
            String typed = r < 0.6 ? word : r < 0.8 ? tag : usernames[user];
            suggest.add(typed.substring(0, Math.min(typed.length(), 1 + random.nextInt(6))));
        }
        return Map.of("videos", videos, "users", users, "sounds", sounds, "hashtags", hashtagQueries, "suggest", suggest);
    }

    private static String typo(String word, SplittableRandom random) {
        if (word.length() < 5) {
            return word;
        }
        int at = random.nextInt(1, word.length());
        return word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
    }

    private static List<String> vocabulary(int size, SplittableRandom random) {
        Set<String> words = new LinkedHashSet<>(Arrays.asList(COMMON));
        while (words.size() < size) {
            int syllables = random.nextInt(2, 5);
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < syllables; i++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.add(word.toString());
        }
        return List.copyOf(words);
    }

    private List<String> hashtags(int size, SplittableRandom random) {
        Set<String> tagSet = new LinkedHashSet<>(List.of("fyp", "foryou", "viral", "dance", "funny", "food", "travel",
                "music", "cat", "dog", "fitness", "makeup", "cooking", "comedy", "trend", "ootd", "skincare", "gaming",
                "art", "diy"));
        while (tagSet.size() < size) {
            String first = vocabulary.get(random.nextInt(80, 4_000));
            tagSet.add(random.nextBoolean() ? first : first + vocabulary.get(random.nextInt(80, 400)));
        }
        return List.copyOf(tagSet).stream().map(tag -> tag.replaceAll("[^a-z0-9]", "")).filter(tag -> !tag.isEmpty())
                .distinct().toList();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Ranks 0..n-1 with probability ∝ (rank + 1)^-s, by binary search in the cumulative weights. */
    private static final class ZipfSampler {
        private final double[] cumulative;

        ZipfSampler(int n, double s) {
            cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += Math.pow(i + 1, -s);
                cumulative[i] = sum;
            }
        }

        int sample(SplittableRandom random) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int at = Arrays.binarySearch(cumulative, target);
            return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
        }
    }
}
