package io.flick.bench.feedload;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * For You latency and load (issue 5): a synthetic world of {@code bench.videos} videos (100,000) and
 * {@code bench.users} users (10,000) with their history, seeded by {@link FeedStage}; then, against one
 * server, closed-model steps of {@code bench.steps} users (1, 2, 4, 8, 16, 32) for
 * {@code bench.stepSeconds} each, where that many virtual users page through For You while as many
 * call a trivial endpoint of the same server ({@value #TRIVIAL}: authentication, the session check and
 * one row, no recommendation). Per step: throughput and p50/p99 of both, For You throughput as a
 * share of the trivial one, and the processor time each party used. Appended to
 * {@code docs/benchmarks/feed-latency.md}.
 *
 * <p>{@code -Dbench.profile=true} records the server with Java Flight Recorder during the measured
 * steps, into {@code bench/target/feed-load/server.jfr}.
 */
public class FeedLoadSimulation extends Simulation {

    static final String TRIVIAL = "/api/v1/users/me";
    private static final int[] STEPS = Arrays.stream(System.getProperty("bench.steps", "1,2,4,8,16,32").split(","))
            .map(String::trim).mapToInt(Integer::parseInt).toArray();
    private static final int STEP_SECONDS = Integer.getInteger("bench.stepSeconds", 30);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmupSeconds", 40);
    private static final int WARMUP_USERS = 4;
    /** Requests sent while the previous step's users wind down, or its new users ramp up, are not counted. */
    private static final int SETTLE_SECONDS = 3;
    private static final int PAGES = Integer.getInteger("bench.pages", 4);
    /** The web client's page size (web/src/feed/sources.ts). */
    private static final int LIMIT = Integer.getInteger("bench.limit", 10);
    private static final double ANONYMOUS = Double.parseDouble(System.getProperty("bench.anonymous", "0.2"));
    private static final int LOGINS = Integer.getInteger("bench.logins", 1000);
    private static final int TRIVIAL_REPEATS = 10;
    private static final boolean PROFILE = Boolean.getBoolean("bench.profile");

    private final Path root = Path.of(System.getProperty("flick.root", ".")).toAbsolutePath();
    private final Path out = root.resolve("bench/target/feed-load");
    private final FeedStage stage;
    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final List<CpuMeter.Reading> cpu = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService sampler =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("cpu-meter").factory());
    private final SyntheticWorld.Shape shape = SyntheticWorld.Shape.fromSystemProperties();
    private volatile long started;

    public FeedLoadSimulation() throws Exception {
        Files.createDirectories(out);
        stage = FeedStage.open(shape, LOGINS, out);

        List<Map<String, Object>> visitors = new ArrayList<>();
        for (String token : stage.tokens()) {
            visitors.add(Map.of("token", token, "anonymous", false));
        }
        // The anonymous share of visits: for every signed-in entry, ANONYMOUS / (1 - ANONYMOUS) anonymous ones.
        int anonymous = (int) Math.round(stage.tokens().size() * ANONYMOUS / (1 - ANONYMOUS));
        for (int i = 0; i < anonymous; i++) {
            visitors.add(Map.of("token", "", "anonymous", true));
        }
        List<Map<String, Object>> signedIn = stage.tokens().stream().map(t -> Map.<String, Object>of("token", t)).toList();

        ScenarioBuilder forYou = scenario("for you")
                .feed(listFeeder(visitors).random())
                .exec(session -> session.remove("cursor"))
                .repeat(PAGES, "page").on(
                        exec(session -> session.set("path", forYouPath(session)).remove("cursor"))
                                .exec(doIfOrElse(session -> session.getBoolean("anonymous"))
                                        .then(exec(forYouPage(false)))
                                        .orElse(exec(forYouPage(true))))
                                .exec(this::recordPage));
        ScenarioBuilder trivial = scenario("trivial")
                .feed(listFeeder(signedIn).random())
                .repeat(TRIVIAL_REPEATS).on(
                        exec(http("trivial").get(TRIVIAL).header("Authorization", "Bearer #{token}")
                                .check(status().saveAs("status"), responseTimeInMillis().saveAs("ms")))
                                .exec(this::recordTrivial));

        List<ClosedInjectionStep> profile = new ArrayList<>();
        profile.add(constantConcurrentUsers(WARMUP_USERS).during(Duration.ofSeconds(WARMUP_SECONDS)));
        for (int users : STEPS) {
            profile.add(constantConcurrentUsers(users).during(Duration.ofSeconds(STEP_SECONDS)));
        }
        setUp(forYou.injectClosed(profile), trivial.injectClosed(profile))
                .protocols(http.baseUrl(stage.base()).acceptHeader("application/json").disableCaching().disableWarmUp()
                        // Pooled keep-alive connections, as behind a reverse proxy: the server's work, not TCP set-up.
                        .shareConnections())
                .maxDuration(Duration.ofSeconds(WARMUP_SECONDS + (long) STEP_SECONDS * STEPS.length + 120));
    }

    private static String forYouPath(Session session) {
        String cursor = session.contains("cursor") ? session.getString("cursor") : null;
        return "/api/v1/feed/for-you?limit=" + LIMIT
                + (cursor == null || cursor.isBlank() || cursor.equals("null") ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
    }

    private static HttpRequestActionBuilder forYouPage(boolean signedIn) {
        var request = http("for you").get("#{path}");
        if (signedIn) {
            request = request.header("Authorization", "Bearer #{token}");
        }
        return request.check(status().saveAs("status"), responseTimeInMillis().saveAs("ms"),
                jsonPath("$.videos[*].video_id").count().saveAs("cards"),
                jsonPath("$.next_cursor").optional().saveAs("cursor"),
                jsonPath("$.fallback").optional().saveAs("fallback"));
    }

    private Session recordPage(Session session) {
        if (session.contains("ms")) {
            boolean ok = session.contains("status") && session.getInt("status") == 200;
            boolean fallback = session.contains("fallback") && "true".equals(session.getString("fallback"));
            int cards = session.contains("cards") ? session.getInt("cards") : 0;
            samples.add(sample(Sample.Endpoint.FOR_YOU, session.getInt("ms"), ok, session.getInt("page") == 0, fallback, cards));
        }
        return session.remove("status").remove("ms").remove("cards").remove("fallback");
    }

    private Session recordTrivial(Session session) {
        if (session.contains("ms")) {
            boolean ok = session.contains("status") && session.getInt("status") == 200;
            samples.add(sample(Sample.Endpoint.TRIVIAL, session.getInt("ms"), ok, false, false, 0));
        }
        return session.remove("status").remove("ms");
    }

    private static Sample sample(Sample.Endpoint endpoint, int millis, boolean ok, boolean first, boolean fallback, int cards) {
        return new Sample(endpoint, System.currentTimeMillis() - millis, millis, ok, first, fallback, cards);
    }

    @Override
    public void before() {
        started = System.currentTimeMillis();
        try {
            CpuMeter meter = new CpuMeter(stage.serverPid(), stage.postmasterPid());
            sampler.scheduleAtFixedRate(() -> cpu.add(meter.read()), 0, 500, TimeUnit.MILLISECONDS);
            if (PROFILE) {
                sampler.schedule(() -> record(true), WARMUP_SECONDS, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void record(boolean start) {
        try {
            if (start) {
                stage.startRecording(out.resolve("server.jfr"));
            } else {
                stage.stopRecording();
            }
        } catch (Exception e) {
            System.err.println("Could not " + (start ? "start" : "stop") + " the flight recording: " + e);
        }
    }

    @Override
    public void after() {
        try {
            if (PROFILE) {
                record(false);
            }
            sampler.shutdownNow();
            List<StepFigures> steps = new ArrayList<>();
            for (int i = 0; i < STEPS.length; i++) {
                long from = started + (WARMUP_SECONDS + (long) i * STEP_SECONDS + SETTLE_SECONDS) * 1000;
                long until = started + (WARMUP_SECONDS + (long) (i + 1) * STEP_SECONDS) * 1000;
                steps.add(StepFigures.of(STEPS[i], from, until, samples, usage(from, until)));
            }
            String command = "./mvnw -q -DskipTests install && ./mvnw -q -pl bench gatling:test "
                    + "-Dgatling.simulationClass=" + getClass().getName();
            var report = new FeedLatencyReport(steps, new FeedLatencyReport.Load(WARMUP_SECONDS, STEP_SECONDS, SETTLE_SECONDS,
                    PAGES, LIMIT, ANONYMOUS, stage.tokens().size(), TRIVIAL), stage.seedingReport(), stage.serverJvm(), command);
            String section = report.markdown(FeedLatencyReport.machine(), commit());
            report.append(root.resolve("docs/benchmarks/feed-latency.md"), section);
            Files.writeString(out.resolve("last-run.md"), section);
            writeSamples(out.resolve("samples.csv"));
            System.out.println(section);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            try {
                stage.close();
            } catch (Exception e) {
                System.err.println("Could not close the stage: " + e);
            }
        }
    }

    /** Every answered request, for analyses the report does not make (relative times in ms). */
    private void writeSamples(Path file) throws java.io.IOException {
        StringBuilder csv = new StringBuilder("endpoint,start_ms,millis,ok,first_page,fallback,cards\n");
        for (Sample s : samples) {
            csv.append(s.endpoint()).append(',').append(s.startMillis() - started).append(',').append(s.millis()).append(',')
                    .append(s.ok()).append(',').append(s.firstPage()).append(',').append(s.fallback()).append(',')
                    .append(s.cards()).append('\n');
        }
        Files.writeString(file, csv);
    }

    /** Cores used between the readings nearest to the window's edges. */
    private CpuMeter.Usage usage(long from, long until) {
        if (cpu.size() < 2) {
            return null;
        }
        long fromNanos = System.nanoTime() - (System.currentTimeMillis() - from) * 1_000_000;
        long untilNanos = System.nanoTime() - (System.currentTimeMillis() - until) * 1_000_000;
        CpuMeter.Reading first = nearest(fromNanos);
        CpuMeter.Reading last = nearest(untilNanos);
        return first == last ? null : last.since(first);
    }

    private CpuMeter.Reading nearest(long nanos) {
        CpuMeter.Reading best = cpu.getFirst();
        for (CpuMeter.Reading reading : cpu) {
            if (Math.abs(reading.atNanos() - nanos) < Math.abs(best.atNanos() - nanos)) {
                best = reading;
            }
        }
        return best;
    }

    private String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(root.toFile()).start();
            String hash = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 && !hash.isEmpty() ? hash : "unknown";
        } catch (Exception e) {
            return "unknown";
        }
    }
}
