package io.flick.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import io.flick.account.AccountProvisioning;
import io.flick.discovery.SearchIndexing;
import io.flick.media.samples.SampleClip;
import io.flick.media.samples.SampleClips;
import io.flick.platform.RateLimit;
import io.flick.platform.RateLimiter;
import io.flick.shared.VideoId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search benchmark (issue 17): a catalogue of {@code videos} videos and {@code users} users
 * ({@link SearchCorpus}) loaded into the real server (in this JVM, embedded PostgreSQL) in bulk, then
 * <ol>
 * <li>the full index rebuild, timed ({@link SearchIndexing#rebuild()}: the path an operator's
 * {@code flick.search.rebuild-on-start} takes);</li>
 * <li>search (videos, users, sounds, hashtags) and suggest over HTTP, interleaved with the trivial
 * liveness endpoint, at each concurrency ({@link SearchLoad}): p50/p99 per kind and their ratios to
 * the trivial endpoint's;</li>
 * <li>index lag: videos published through the real upload pipeline (init, PUT, complete, ffmpeg),
 * each timed from its {@code published_at} until a search for a word only its caption has finds it.</li>
 * </ol>
 * Usage: {@code SearchBenchmark [videos=100000] [users=10000] [concurrency=1,2,4,8] [seconds=30] [lagSamples=8]}.
 * Prints a Markdown report. Searches are made by signed-in members, so first pages record recent
 * searches as they do for real; the per-caller search budget is lifted ({@link Unlimited}) because a
 * few clients send what thousands of people would.
 */
public final class SearchBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Settings(int videos, int users, List<Integer> concurrency, Duration step, int lagSamples) {
        static Settings parse(String[] given) {
            String joined = String.join(" ", given).trim();
            String[] args = joined.isEmpty() ? new String[0] : joined.split("\\s+");
            return new Settings(args.length > 0 ? Integer.parseInt(args[0]) : 100_000,
                    args.length > 1 ? Integer.parseInt(args[1]) : 10_000,
                    Arrays.stream((args.length > 2 ? args[2] : "1,2,4,8").split(",")).map(Integer::valueOf).toList(),
                    Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 30),
                    args.length > 4 ? Integer.parseInt(args[4]) : 8);
        }
    }

    record Figures(Map<String, Long> rows, double loadSeconds, double rebuildSeconds, List<SearchLoad.StepFigures> steps,
                   List<Double> lagMs) {
    }

    /** Lets every request through: the load comes from a few members sending what thousands would. */
    public static class Unlimited {
        @Bean
        @Primary
        RateLimiter unlimitedRates() {
            return new RateLimiter() {
                @Override
                public void acquire(RateLimit limit, String key) {
                }

                @Override
                public void requireAvailable(RateLimit limit, String key) {
                }

                @Override
                public void spend(RateLimit limit, String key) {
                }
            };
        }
    }

    public static void main(String[] given) {
        int exit = 0;
        try {
            Settings settings = Settings.parse(given);
            Path work = Files.createTempDirectory("flick-search-bench-");
            Figures figures = run(settings, work);
            System.out.println(report(settings, figures));
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        }
        System.exit(exit);
    }

    static Figures run(Settings settings, Path work) throws Exception {
        try (var server = new BenchServer(work.resolve("data"), new Class<?>[] {Unlimited.class})) {
            SearchIndexing indexing = server.bean(SearchIndexing.class);
            // The empty index of a fresh data folder is rebuilt at start; that must end before the bulk load.
            while (indexing.degraded()) {
                Thread.sleep(100);
            }
            System.out.printf("Writing %,d videos and %,d users…%n", settings.videos(), settings.users());
            SearchCorpus corpus = new SearchCorpus(new SearchCorpus.Shape(settings.users(), settings.videos(), 17L));
            long loadStart = System.nanoTime();
            Map<String, Long> rows;
            try (var connection = server.bean(DataSource.class).getConnection()) {
                rows = corpus.write(connection, "unused", System.currentTimeMillis());
            }
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            System.out.printf("Written in %.1f s %s; rebuilding the index…%n", loadSeconds, rows);
            long rebuildStart = System.nanoTime();
            indexing.rebuild();
            double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
            System.out.printf("Rebuilt in %.1f s%n", rebuildSeconds);

            int clients = settings.concurrency().stream().max(Integer::compare).orElse(1);
            List<RefreshingLogin> members = new ArrayList<>();
            AccountProvisioning accounts = server.bean(AccountProvisioning.class);
            for (int m = 0; m < clients; m++) {
                accounts.provision("searcher" + m, "Searcher " + m, "searcher" + m + "@bench.flick.local", BenchServer.PASSWORD);
                members.add(RefreshingLogin.logIn(server.http, server.base, "searcher" + m, BenchServer.PASSWORD));
            }
            SearchLoad load = new SearchLoad(server.http, server.base, members, corpus.queries(5_000, 99L));
            // Warm-up (JIT, caches, the index's pages), not reported.
            load.run(Math.min(2, clients), settings.step().dividedBy(2), 1L);
            List<SearchLoad.StepFigures> steps = new ArrayList<>();
            for (int concurrency : settings.concurrency()) {
                SearchLoad.StepFigures step = load.run(concurrency, settings.step(), 1_000L * concurrency);
                System.out.println(stepLine(step));
                steps.add(step);
            }
            List<Double> lag = lag(server, work, settings.lagSamples());
            return new Figures(rows, loadSeconds, rebuildSeconds, steps, lag);
        }
    }

    /**
     * Publishes {@code samples} short clips through the real pipeline, one at a time, each captioned
     * with a word nobody else uses, and times from the video's {@code published_at} (the server's
     * clock, this JVM's) to the first search answer that lists it, polling every 10 ms.
     */
    private static List<Double> lag(BenchServer server, Path work, int samples) throws Exception {
        Path clip = server.bean(SampleClips.class).generate(SampleClip.portrait(2, 330), work.resolve("lag.mp4"));
        DataSource database = server.bean(DataSource.class);
        List<Double> lag = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            String word = "lagprobe" + (char) ('a' + i % 26) + Long.toString(System.nanoTime() % 1_000_000, 36);
            String upload = server.upload(clip, Files.size(clip));
            String video = server.post("/api/v1/videos/upload/complete", Map.of("upload_id", upload, "caption", "Index lag " + word))
                    .path("video_id").asString();
            while (!"published".equals(server.get("/api/v1/videos/" + video + "/status").path("status").asString())) {
                Thread.sleep(10);
            }
            Instant found = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (found == null && System.nanoTime() < deadline) {
                JsonNode answer = search(server, word);
                for (JsonNode card : answer.path("videos")) {
                    if (card.path("video_id").asString().equals(video)) {
                        found = Instant.now();
                    }
                }
                if (found == null) {
                    Thread.sleep(10);
                }
            }
            if (found == null) {
                throw new IllegalStateException("video " + video + " not searchable after 60 s");
            }
            Instant published;
            try (var connection = database.getConnection();
                 var statement = connection.prepareStatement("SELECT published_at FROM video.videos WHERE id = ?")) {
                statement.setLong(1, VideoId.parse(video).value());
                try (var result = statement.executeQuery()) {
                    result.next();
                    published = result.getObject(1, java.time.OffsetDateTime.class).toInstant();
                }
            }
            double ms = Duration.between(published, found).toNanos() / 1e6;
            System.out.printf("Index lag %d: %.0f ms%n", i + 1, ms);
            lag.add(ms);
        }
        return lag;
    }

    private static JsonNode search(BenchServer server, String word) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.base + "/api/v1/search/videos?q="
                + URLEncoder.encode(word, StandardCharsets.UTF_8))).GET().build();
        var response = server.http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("search answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String stepLine(SearchLoad.StepFigures step) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "concurrency %d, %.0f req/s:", step.concurrency(),
                step.requestsPerSecond()));
        step.kinds().values().forEach(kind -> line.append(String.format(Locale.ROOT, " %s p50 %.1f p99 %.1f (%d, %d failed);",
                kind.kind(), kind.p50Ms(), kind.p99Ms(), kind.requests(), kind.failures())));
        return line.toString();
    }

    static String report(Settings settings, Figures figures) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "## Search benchmark: %,d videos, %,d users (%s), %s per step%n%n", settings.videos(),
                settings.users(), figures.rows(), settings.step()));
        out.append(String.format(Locale.ROOT, "Bulk load %.1f s; full index rebuild %.1f s (%.0f videos/s)%n%n", figures.loadSeconds(),
                figures.rebuildSeconds(), settings.videos() / figures.rebuildSeconds()));
        out.append("| concurrency | req/s | kind | requests | failed | p50 ms | p99 ms | max ms | p50 / trivial | p99 / trivial |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (SearchLoad.StepFigures step : figures.steps()) {
            for (SearchLoad.KindFigures kind : step.kinds().values()) {
                out.append(String.format(Locale.ROOT, "| %d | %.0f | %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                        step.concurrency(), step.requestsPerSecond(), kind.kind(), kind.requests(), kind.failures(), kind.p50Ms(),
                        kind.p99Ms(), kind.maxMs(), step.ratio(kind.kind(), false), step.ratio(kind.kind(), true)));
            }
        }
        List<Double> lag = new ArrayList<>(figures.lagMs());
        lag.sort(Double::compare);
        if (!lag.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nIndex lag (published_at to first search answer listing it), %d samples: "
                    + "p50 %.0f ms, max %.0f ms; all: %s%n", lag.size(), lag.get((lag.size() - 1) / 2), lag.getLast(),
                    figures.lagMs().stream().map(ms -> String.format(Locale.ROOT, "%.0f", ms)).toList()));
        }
        return out.toString();
    }

    private SearchBenchmark() {
    }
}
