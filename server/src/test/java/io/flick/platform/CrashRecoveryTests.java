package io.flick.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.util.TestSocketUtils;

import io.flick.FlickApplication;
import io.flick.support.Accounts;
import io.flick.support.Api;

/**
 * A Flick server killed with SIGKILL leaves its PostgreSQL running on the data directory. The next
 * start must take over cleanly, with the data the killed server had committed.
 */
class CrashRecoveryTests {

    @TempDir
    Path dataDir;

    @Test
    void aServerKilledWithSigkillDoesNotBlockTheNextStartNorLoseData() throws Exception {
        int port = TestSocketUtils.findAvailableTcpPort();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process killed = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), FlickApplication.class.getName(),
                "--flick.data-dir=" + dataDir, "--server.port=" + port))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + "-killed.log").toFile())
                .start();
        try {
            var http = HttpClient.newHttpClient();
            await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
            String username = Accounts.uniqueName("crash");
            new Accounts(new Api(port)).signUp(username, username + "@example.com");

            killed.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, PostgreSQL keeps running
            assertThat(Files.exists(dataDir.resolve("postgres").resolve("postmaster.pid"))).isTrue();

            try (var next = new SpringApplicationBuilder(FlickApplication.class)
                    .properties("flick.data-dir=" + dataDir, "server.port=0").run()) {
                var api = new Api(((WebServerApplicationContext) next).getWebServer().getPort());
                var login = api.post("/api/v1/auth/login", Map.of("login", username, "password", Accounts.PASSWORD));
                assertThat(login.status()).isEqualTo(200);
            }
        } finally {
            killed.destroyForcibly();
        }
    }
}
