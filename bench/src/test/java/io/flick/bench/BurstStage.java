package io.flick.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stage of the like burst: a PostgreSQL of its own (so the Flick server can be killed and
 * restarted against the same data, as in a real deployment), a Flick server in a separate JVM,
 * {@code users} accounts with access tokens and one published public video to like. Accounts and
 * the video row are written straight into the database: the benchmark is about likes, not sign-up
 * or transcoding.
 */
final class BurstStage implements AutoCloseable {

    static final String PASSWORD = "burst-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final EmbeddedPostgres postgres;
    final Path dataDir;
    final int port;
    final List<String> tokens = new ArrayList<>();
    final List<Long> userIds = new ArrayList<>();
    final VideoId video = new VideoId(9_000_000_000L);
    private FlickProcess server;

    BurstStage(int users) throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataDir = Files.createTempDirectory("flick-burst-");
        port = FlickProcess.freePort();
        startServer();
        seed(users);
        login();
    }

    String base() {
        return "http://localhost:" + port;
    }

    void startServer() throws IOException, InterruptedException {
        server = FlickProcess.start(port, List.of("-Xmx1g"), List.of(
                "--flick.database.url=" + postgres.getJdbcUrl("postgres", "postgres"), "--flick.database.username=postgres",
                "--flick.data-dir=" + dataDir, "--flick.demo.enabled=false",
                "--flick.security.auth-per-address=1000000", "--logging.level.root=WARN",
                "--server.tomcat.threads.max=200"),
                dataDir.resolveSibling(dataDir.getFileName() + ".log"), Duration.ofSeconds(120));
    }

    /** SIGKILL: no shutdown hooks, requests in flight are cut. */
    void killServer() throws InterruptedException {
        server.kill();
    }

    long rows() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             var s = c.prepareStatement("SELECT count(*) FROM engagement.likes WHERE video_id = ?")) {
            s.setLong(1, video.value());
            var rs = s.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    boolean hasLike(long userId) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             var s = c.prepareStatement("SELECT 1 FROM engagement.likes WHERE video_id = ? AND user_id = ?")) {
            s.setLong(1, video.value());
            s.setLong(2, userId);
            return s.executeQuery().next();
        }
    }

    /** The count the API shows, once the flusher has caught up (or after 10 s). */
    long shownLikes() throws Exception {
        var http = HttpClient.newHttpClient();
        long shown = -1;
        long rows = rows();
        for (int i = 0; i < 100 && shown != rows; i++) {
            var body = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/videos/" + video)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            shown = JSON.readTree(body).path("stats").path("likes").asLong();
            Thread.sleep(100);
        }
        return shown;
    }

    private void seed(int users) throws SQLException {
        String hash = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode(PASSWORD);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.setAutoCommit(false);
            try (var insert = c.prepareStatement("""
                    INSERT INTO account.users (id, username, email, password_hash, display_name, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < users; i++) {
                    long id = 1_000_000L + i;
                    insert.setLong(1, id);
                    insert.setString(2, "burst" + i);
                    insert.setString(3, "burst" + i + "@bench.flick.local");
                    insert.setString(4, hash);
                    insert.setString(5, "Burst " + i);
                    insert.setTimestamp(6, now);
                    insert.setTimestamp(7, now);
                    insert.addBatch();
                    userIds.add(id);
                }
                insert.executeBatch();
            }
            try (var video = c.prepareStatement("""
                    INSERT INTO video.videos (id, owner_id, upload_id, caption, privacy, duet_enabled, stitch_enabled,
                                              comment_enabled, status, created_at, published_at)
                    VALUES (?, ?, 1, 'like burst', 'public', TRUE, TRUE, TRUE, 'published', ?, ?)""")) {
                video.setLong(1, this.video.value());
                video.setLong(2, userIds.getFirst());
                video.setTimestamp(3, now);
                video.setTimestamp(4, now);
                video.executeUpdate();
            }
            c.commit();
        }
    }

    private void login() throws Exception {
        var http = HttpClient.newHttpClient();
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<String>> logins = new ArrayList<>();
            for (int i = 0; i < userIds.size(); i++) {
                String body = "{\"login\":\"burst" + i + "\",\"password\":\"" + PASSWORD + "\"}";
                logins.add(pool.submit(() -> JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/auth/login"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString()).body()).path("access_token").asString()));
            }
            for (Future<String> login : logins) {
                tokens.add(login.get());
            }
        }
    }

    static String userIdOf(long id) {
        return new UserId(id).toString();
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.kill();
        }
        postgres.close();
    }
}
