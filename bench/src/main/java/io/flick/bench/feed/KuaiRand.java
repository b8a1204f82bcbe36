package io.flick.bench.feed;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The KuaiRand-Pure files as records (see ../shared/datasets/kuairand-pure/README.md). */
final class KuaiRand {

    record Video(long id, long author, long music, List<String> tags, double seconds, Instant uploaded) {
    }

    record History(long user, long lastTimeMs, List<Long> watched, List<Long> liked, List<Long> longViewed) {
    }

    record Impression(long user, long video, long timeMs, boolean longView, boolean liked, boolean followed,
                      boolean forwarded, boolean hated, double playSeconds, double durationSeconds) {
    }

    static List<Video> videos(Path file) throws IOException {
        List<Video> videos = new ArrayList<>();
        Csv.read(file, row -> {
            String duration = row.get("video_duration");
            String music = row.get("music_id");
            List<String> tags = Arrays.stream(row.get("tag").split(",")).map(String::trim).filter(t -> !t.isEmpty())
                    .map(t -> "tag" + t).toList();
            videos.add(new Video(Long.parseLong(row.get("video_id")), Long.parseLong(row.get("author_id")),
                    music.isBlank() ? -1 : Long.parseLong(music), tags,
                    duration.isBlank() ? Double.NaN : Double.parseDouble(duration) / 1000,
                    LocalDate.parse(row.get("upload_dt")).atStartOfDay().toInstant(ZoneOffset.UTC)));
        });
        return videos;
    }

    static List<History> history(Path file) throws IOException {
        List<History> histories = new ArrayList<>();
        Csv.read(file, row -> histories.add(new History(Long.parseLong(row.get("user_id")), Long.parseLong(row.get("last_time_ms")),
                ids(row.get("watch_seq")), ids(row.get("like_seq")), ids(row.get("long_watch_seq")))));
        return histories;
    }

    static List<Impression> impressions(Path file) throws IOException {
        List<Impression> impressions = new ArrayList<>();
        Csv.read(file, row -> impressions.add(new Impression(Long.parseLong(row.get("user_id")), Long.parseLong(row.get("video_id")),
                Long.parseLong(row.get("time_ms")), flag(row.get("long_view")), flag(row.get("is_like")),
                flag(row.get("is_follow")), flag(row.get("is_forward")), flag(row.get("is_hate")),
                number(row.get("play_time_ms")) / 1000, number(row.get("duration_ms")) / 1000)));
        return impressions;
    }

    private static List<Long> ids(String sequence) {
        return sequence == null || sequence.isBlank() ? List.of()
                : Arrays.stream(sequence.trim().split("\\s+")).map(Long::parseLong).toList();
    }

    private static boolean flag(String value) {
        return "1".equals(value) || "1.0".equals(value);
    }

    private static double number(String value) {
        return value == null || value.isBlank() ? 0 : Double.parseDouble(value);
    }

    private KuaiRand() {
    }
}
