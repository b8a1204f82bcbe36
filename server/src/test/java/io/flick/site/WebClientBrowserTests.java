package io.flick.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.flick.media.samples.SampleClip;
import io.flick.media.samples.SampleClips;
import io.flick.support.Accounts;
import io.flick.support.Clips;
import io.flick.support.Api;
import io.flick.support.Uploads;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web client in a real browser (Debian's Chromium, driven by playwright-core from Node) against
 * this server on its embedded default: sign up, upload, the feed with its player pool, likes,
 * comments, follows, a shared link, and more. The scenarios are suites in {@code web/e2e/suites} (run by
 * {@code web/e2e/run.mjs}); this test makes a catalog for them to scroll through, runs each suite as a
 * test of its own, and fails with a suite's output if any of its steps fails.
 * <p>
 * It runs on a server of its own (its own data directory, so its own database): the feed then holds
 * only videos published the way people publish them, not the synthetic items other test classes
 * feed into the shared server's recommender, which the browser would otherwise be handed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "flick.security.auth-per-address=1000",
        "flick.account.dev-outbox=on"
})
class WebClientBrowserTests {

    private static final Path OWN_DATA_DIR;

    static {
        try {
            OWN_DATA_DIR = Files.createTempDirectory("flick-e2e-server-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void ownDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("flick.data-dir", OWN_DATA_DIR::toString);
    }

    private static final int CREATORS = 3;
    private static final int VIDEOS_EACH = 12;
    private static final Duration LIMIT = Duration.ofMinutes(8);

    @LocalServerPort
    int port;

    @Autowired
    SampleClips sampleClips;

    private Api api;
    private Accounts accounts;

    @BeforeEach
    void clients() {
        api = new Api(port);
        accounts = new Accounts(api);
    }

    /**
     * One dynamic test per suite in {@code web/e2e/suites}, in name order, all against this server
     * and one catalog. Each suite runs in a browser of its own and signs its own people up, so a
     * suite never depends on another's data.
     */
    @TestFactory
    Stream<DynamicTest> theWebClientInARealBrowser() throws Exception {
        Path work = Files.createTempDirectory("flick-e2e-");
        Path clip = sampleClips.generate(SampleClip.portrait(2.0, 523), work.resolve("clip.mp4"));
        // A 720x1280 clip, whose ladder (360p, 480p, 720p) lets a suite see which rendition a screen gets.
        Path hdClip = sampleClips.generate(new SampleClip("testsrc2", 720, 1280, 15, 2.0, 440), work.resolve("hd-clip.mp4"));
        List<Map<String, Object>> creators = catalog();
        Path fixtures = work.resolve("fixtures.json");
        Files.writeString(fixtures, JsonMapper.builder().build().writeValueAsString(
                Map.of("clip", clip.toString(), "hd_clip", hdClip.toString(), "creators", creators)));
        List<String> suites;
        try (Stream<Path> files = Files.list(web().resolve("e2e/suites"))) {
            suites = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".mjs"))
                    .map(name -> name.substring(0, name.length() - ".mjs".length())).sorted().toList();
        }
        // -Dflick.e2e.suites=polish,journey runs only those (while working on one); "polish*3" runs one three times.
        String only = System.getProperty("flick.e2e.suites", "");
        if (!only.isBlank()) {
            suites = java.util.Arrays.stream(only.split(",")).map(String::strip).flatMap(name -> {
                String[] parts = name.split("\\*");
                return java.util.Collections.nCopies(parts.length > 1 ? Integer.parseInt(parts[1]) : 1, parts[0]).stream();
            }).toList();
        }
        assertThat(suites).as("browser suites").isNotEmpty();
        return suites.stream().map(suite -> DynamicTest.dynamicTest(suite, () -> {
            Run run = node(web().resolve("e2e/run.mjs"), api.url(""), fixtures.toString(), suite);
            assertThat(run.exit()).as("browser suite %s failed:%n%s", suite, run.output()).isZero();
        }));
    }

    /** Creators, each with public videos published through the real pipeline, for the feed to play. */
    private List<Map<String, Object>> catalog() {
        var uploads = new Uploads(api);
        var clips = new Clips(sampleClips);
        List<Map<String, Object>> creators = new ArrayList<>();
        List<Map.Entry<Accounts.Login, String>> pending = new ArrayList<>();
        for (int c = 0; c < CREATORS; c++) {
            Accounts.Login creator = accounts.signUp();
            byte[] bytes = clips.bytes(SampleClip.portrait(2.0, 330 + 110 * c));
            List<String> videos = new ArrayList<>();
            for (int v = 0; v < VIDEOS_EACH; v++) {
                String video = uploads.publish(creator, bytes, Map.of("caption", "Clip " + v + " by @" + creator.username()
                        + " #flicktest")).text("video_id");
                videos.add(video);
                pending.add(Map.entry(creator, video));
            }
            creators.add(Map.of("username", creator.username(), "user_id", creator.userId(), "videos", videos));
        }
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> pending.stream().allMatch(
                entry -> "published".equals(api.get("/api/v1/videos/" + entry.getValue() + "/status",
                        entry.getKey().accessToken()).text("status"))));
        return creators;
    }

    /** The web module's folder: beside this module's (surefire sets {@code basedir} to the module). */
    private static Path web() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return module.resolveSibling("web").toAbsolutePath().normalize();
    }

    private static Run node(Path script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(script.getParent().getParent().toFile())
                .redirectErrorStream(true).start();
        var output = new StringBuilder();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    System.out.println("[e2e] " + line);
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                synchronized (output) {
                    output.append("(output lost: ").append(e).append(")\n");
                }
            }
        });
        if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        reader.join(Duration.ofSeconds(10));
        synchronized (output) {
            return new Run(process.exitValue(), output.toString());
        }
    }

    private record Run(int exit, String output) {
    }
}
