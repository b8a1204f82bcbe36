package io.flick.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.flick.account.AccountProvisioning;
import io.flick.media.samples.SampleClip;
import io.flick.media.samples.SampleClips;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web client's swipe benchmark (issue 6): a catalog of published videos on the real server
 * (in this JVM, embedded default), then {@code web/bench/swipe-latency.mjs} in Debian's Chromium
 * measures the time from a swipe to the next video's first frame, prefetched and cold in the same
 * run, and the page's JS heap after 10, 50, 100 and every 100 swipes after that.
 * <p>
 * Usage: {@code SwipeBenchmark [clips=120] [swipes=100] [coldSwipes=40] [dwellMs=1500]}. Clips are
 * 4 s of 540x960 at 30 fps with sound, like a phone recording scaled down (so the ladder is quick
 * to encode), from several creators so For You can mix them.
 */
public final class SwipeBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] LOOKS = {"testsrc2", "mandelbrot", "smptehdbars", "rgbtestsrc", "colorspectrum", "life"};
    private static final int CREATORS = 8;

    public static void main(String[] given) {
        int exit = 0;
        try {
            exit = run(given);
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        }
        System.exit(exit);
    }

    private static int run(String[] given) throws Exception {
        String joined = String.join(" ", given).trim();
        String[] args = joined.isEmpty() ? new String[0] : joined.split("\\s+");
        int clips = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        String swipes = args.length > 1 ? args[1] : "100";
        String cold = args.length > 2 ? args[2] : "40";
        String dwell = args.length > 3 ? args[3] : "1500";
        // FLICK_BENCH_DATA keeps the server's data (and so the published catalog) for the next run,
        // which then skips publishing: useful when iterating on the client.
        String kept = System.getenv("FLICK_BENCH_DATA");
        Path work = kept == null ? Files.createTempDirectory("flick-swipe-bench-") : Files.createDirectories(Path.of(kept));
        Path published = work.resolve("published-" + clips);
        try (var server = new BenchServer(work.resolve("data"))) {
            if (!Files.exists(published)) {
                publish(server, work, clips);
                Files.writeString(published, Instant.now().toString());
            }
            Path root = Path.of(System.getProperty("flick.root", ".")).toAbsolutePath().normalize();
            Process node = new ProcessBuilder("node", "bench/swipe-latency.mjs", server.base, swipes, cold, dwell)
                    .directory(root.resolve("web").toFile()).redirectErrorStream(true).start();
            try (var lines = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(System.out::println);
            }
            return node.waitFor();
        }
    }

    /** {@code clips} videos from {@link #CREATORS} creators, through the real upload and transcoding pipeline. */
    private static void publish(BenchServer server, Path work, int clips) throws Exception {
        SampleClips samples = server.bean(SampleClips.class);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < LOOKS.length; i++) {
            files.add(samples.generate(new SampleClip(LOOKS[i], 540, 960, 30, 4, 220 + 70 * i), work.resolve("clip-" + i + ".mp4")));
        }
        System.out.printf("Publishing %d clips from %d creators…%n", clips, CREATORS);
        Instant started = Instant.now();
        // Publishing a large catalog outlasts an access token: each creator's login refreshes itself.
        Map<String, RefreshingLogin> pending = new LinkedHashMap<>();
        AccountProvisioning accounts = server.bean(AccountProvisioning.class);
        for (int c = 0; c < CREATORS; c++) {
            String username = "creator" + c;
            accounts.provision(username, "Creator " + c, username + "@bench.flick.local", BenchServer.PASSWORD);
            RefreshingLogin login = RefreshingLogin.logIn(server.http, server.base, username, BenchServer.PASSWORD);
            for (int v = c; v < clips; v += CREATORS) {
                Path file = files.get(v % files.size());
                JsonNode ticket = send(server, "POST", "/api/v1/videos/upload/init", Map.of("file_size", Files.size(file)), login.accessToken());
                var put = HttpRequest.newBuilder(URI.create(server.base + ticket.path("upload_url").asString()))
                        .PUT(HttpRequest.BodyPublishers.ofFile(file)).build();
                server.http.send(put, HttpResponse.BodyHandlers.discarding());
                String video = send(server, "POST", "/api/v1/videos/upload/complete",
                        Map.of("upload_id", ticket.path("upload_id").asString(), "caption", "Clip " + v + " #bench"), login.accessToken())
                        .path("video_id").asString();
                pending.put(video, login);
            }
        }
        for (var video : pending.entrySet()) {
            while (!"published".equals(send(server, "GET", "/api/v1/videos/" + video.getKey() + "/status", null,
                    video.getValue().accessToken())
                    .path("status").asString())) {
                Thread.sleep(500);
            }
        }
        System.out.printf("Published in %d s; starting Chromium…%n", Duration.between(started, Instant.now()).toSeconds());
    }

    private static JsonNode send(BenchServer server, String method, String path, Object body, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.base + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var response = server.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
