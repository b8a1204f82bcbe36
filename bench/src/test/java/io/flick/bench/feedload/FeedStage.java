package io.flick.bench.feedload;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import io.flick.bench.FlickProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stage of the feed load benchmark: a PostgreSQL of its own holding the synthetic world, and a
 * Flick server in a separate JVM on it, started after the seeding so that its normal start-up
 * rebuilds the recommender's memory from {@code feed.items} and {@code feed.signals} and puts the
 * catalog into its HNSW index, as after any restart. Then {@code logins} of the users sign in
 * through the API.
 *
 * <p>With {@code -Dbench.stage=<dir>} the stage is kept in that directory and reused by later runs
 * (seeding takes minutes; reuse is for iterating on the server, and the report says so, since the
 * signals then age); without it, a temporary stage is seeded and deleted afterwards.
 */
final class FeedStage implements AutoCloseable {

    static final String PASSWORD = "feed-load-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern REBUILT = Pattern.compile("Feed state rebuilt: (\\d+) videos and their signals in (\\d+) ms");

    private final Path directory;
    private final boolean temporary;
    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final Path log;
    /**
     * The server's JVM options besides server/jvm.options (which chooses ZGC, for the reason it gives:
     * with G1's defaults the young collections of this heap paused requests for 30–200 ms). The
     * recommender's state for this world is about 0.9 GB live, so 4 GB.
     */
    private final List<String> serverJvm =
            List.of(System.getProperty("bench.serverJvm", "-Xms4g -Xmx4g").trim().split("\\s+"));
    private final int port;
    private FlickProcess server;
    private String seeding;
    private double startSeconds;
    private final List<String> tokens = new ArrayList<>();

    private final Path out;

    /** @param out where the server's log and GC log go (they outlive a temporary stage) */
    private FeedStage(Path directory, boolean temporary, Path out) throws IOException {
        this.directory = directory;
        this.temporary = temporary;
        this.out = out;
        this.dataDir = directory.resolve("flick");
        this.log = out.resolve("server.log");
        Files.createDirectories(dataDir);
        Files.deleteIfExists(log);
        this.postgres = EmbeddedPostgres.builder().setDataDirectory(directory.resolve("postgres")).setCleanDataDirectory(false)
                // The bulk load writes a few GB of WAL; without this PostgreSQL checkpoints every 1 GB.
                .setServerConfig("max_wal_size", "8GB").start();
        this.port = FlickProcess.freePort();
    }

    /** Seeds a new stage (or reuses the kept one), starts the server on it and signs {@code logins} users in. */
    static FeedStage open(SyntheticWorld.Shape shape, int logins, Path out) throws Exception {
        String kept = System.getProperty("bench.stage");
        FeedStage stage = kept == null ? new FeedStage(Files.createTempDirectory("flick-feed-load-"), true, out)
                : new FeedStage(Path.of(kept).toAbsolutePath(), false, out);
        try {
            Path summary = stage.directory.resolve("seeding.md");
            if (Files.exists(summary)) {
                stage.seeding = Files.readString(summary) + "\n(Stage reused from " + stage.directory + ".)\n";
            } else {
                stage.seed(shape);
                Files.writeString(summary, stage.seeding);
            }
            long started = System.nanoTime();
            stage.startServer();
            stage.startSeconds = (System.nanoTime() - started) / 1e9;
            stage.login(shape, logins);
            return stage;
        } catch (Exception e) {
            stage.close();
            throw e;
        }
    }

    String base() {
        return server.base();
    }

    List<String> tokens() {
        return tokens;
    }

    long serverPid() {
        return server.pid();
    }

    long postmasterPid() throws IOException {
        return CpuMeter.postmasterPid(directory.resolve("postgres"));
    }

    /** Settings added to the server's (e.g. to compare a configuration); empty by default, and shown in the report. */
    private final List<String> serverArguments = System.getProperty("bench.serverArgs", "").isBlank() ? List.of()
            : List.of(System.getProperty("bench.serverArgs").trim().split("\\s+"));

    /** The server's JVM options and any extra settings, as the report shows them. */
    String serverJvm() {
        return FlickProcess.jvmOptionsText() + " " + String.join(" ", serverJvm)
                + (serverArguments.isEmpty() ? "" : "`, settings `" + String.join(" ", serverArguments));
    }

    /** How the world was seeded, and how long the server took to start on it, as Markdown. */
    String seedingReport() throws IOException {
        String rebuilt = Files.readAllLines(log).stream().map(REBUILT::matcher).filter(java.util.regex.Matcher::find)
                .reduce((first, last) -> last)
                .map(m -> String.format(Locale.ROOT, "the feed state (%s videos and every signal) was rebuilt in %.1f s of that",
                        m.group(1), Integer.parseInt(m.group(2)) / 1000.0))
                .orElse("the feed's rebuild time was not found in the server log");
        return seeding + String.format(Locale.ROOT,
                "%nServer start on the seeded stage (replaying the journal, putting missing items into the HNSW index): %.0f s; %s.%n",
                startSeconds, rebuilt);
    }

    /** A Java Flight Recording of the server ({@code settings=profile}) until {@link #stopRecording}. */
    void startRecording(Path file) throws IOException, InterruptedException {
        jcmd("JFR.start", "name=feedload", "settings=profile", "filename=" + file.toAbsolutePath());
    }

    void stopRecording() throws IOException, InterruptedException {
        jcmd("JFR.stop", "name=feedload");
    }

    private void jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(server.pid())));
        line.addAll(List.of(command));
        new ProcessBuilder(line).inheritIO().start().waitFor();
    }

    private void seed(SyntheticWorld.Shape shape) throws Exception {
        // The schema comes from the server's own migrations: start it once on the empty database.
        startServer();
        server.stop();
        server = null;

        long t0 = System.nanoTime();
        SyntheticWorld world = SyntheticWorld.generate(shape, System.currentTimeMillis());
        long t1 = System.nanoTime();
        CaptionVectors vectors = CaptionVectors.embed(shape.seed());
        long t2 = System.nanoTime();
        String hash = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode(PASSWORD);
        Map<String, Long> rows;
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            rows = new WorldWriter(world, vectors, hash).write(connection);
        }
        long t3 = System.nanoTime();

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Seeded %s: %,d users (%,d of them creators), %,d public published videos "
                        + "(40 topics, %,d distinct caption texts embedded), in %.0f s: generating %.0f s, embedding %.0f s, "
                        + "writing with COPY %.0f s.%n%n",
                java.time.LocalDate.now(), shape.users(), shape.creators(), shape.videos(), vectors.distinctTexts(),
                (t3 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9));
        report.append("| table | rows |\n|---|---|\n");
        rows.forEach((table, count) -> report.append(String.format(Locale.ROOT, "| `%s` | %,d |%n", table, count)));
        report.append("\nJournal: ");
        report.append(String.join(", ", WorldWriter.signalCounts(world).entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey().replace('_', ' '))).toList()));
        report.append(".\n");
        report.append(WorldShapeFigures.of(world).markdown());
        seeding = report.toString();
    }

    private void startServer() throws IOException, InterruptedException {
        List<String> jvm = new ArrayList<>(serverJvm);
        jvm.add("-Xlog:gc:file=" + out.resolve("gc.log") + ":time,uptime");
        List<String> arguments = new ArrayList<>(List.of("--flick.database.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--flick.database.username=postgres", "--flick.data-dir=" + dataDir, "--flick.demo.enabled=false",
                        // Sign-in of a thousand users from one address, and tokens that outlive the run (15 min by default).
                        "--flick.security.auth-per-address=1000000", "--flick.security.access-token-ttl=4h",
                        "--logging.level.root=WARN", "--logging.level.io.flick.feed=INFO"));
        arguments.addAll(serverArguments);
        server = FlickProcess.start(port, jvm, arguments, log, Duration.ofMinutes(30));
    }

    /** Users picked at random from all of them (fixed seed), signed in through the API, two at a time (2 cores). */
    private void login(SyntheticWorld.Shape shape, int logins) throws Exception {
        SplittableRandom random = new SplittableRandom(shape.seed() + 1);
        List<Integer> picked = random.ints(0, shape.users()).distinct().limit(Math.min(logins, shape.users())).boxed().toList();
        var http = HttpClient.newHttpClient();
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<String>> answers = new ArrayList<>();
            for (int user : picked) {
                String body = "{\"login\":\"" + usernameOf(shape, user) + "\",\"password\":\"" + PASSWORD + "\"}";
                answers.add(pool.submit(() -> {
                    var response = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/auth/login"))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("login answered " + response.statusCode() + ": " + response.body());
                    }
                    return JSON.readTree(response.body()).path("access_token").asString();
                }));
            }
            for (Future<String> answer : answers) {
                tokens.add(answer.get());
            }
        }
    }

    /** The username the writer gave a user; creators' names carry their topic. */
    private String usernameOf(SyntheticWorld.Shape shape, int user) throws Exception {
        if (user >= shape.creators()) {
            return "viewer" + user;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.prepareStatement("SELECT username FROM account.users WHERE id = ?")) {
            statement.setLong(1, WorldWriter.userId(user));
            var rs = statement.executeQuery();
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.stop();
        }
        postgres.close();
        if (temporary && !Boolean.getBoolean("bench.keep")) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
