package io.flick.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import io.flick.FlickApplication;
import io.flick.support.Accounts;
import io.flick.support.Api;
import io.flick.support.ServerProcess;

/**
 * A Flick server killed with SIGKILL leaves its PostgreSQL running on the data directory. The next
 * start must take over cleanly, with the data the killed server had committed.
 */
class CrashRecoveryTests {

    @TempDir
    Path dataDir;

    @Test
    void aServerKilledWithSigkillDoesNotBlockTheNextStartNorLoseData() throws Exception {
        try (var killed = ServerProcess.start(dataDir)) {
            String username = Accounts.uniqueName("crash");
            new Accounts(new Api(killed.port())).signUp(username, username + "@example.com");

            killed.kill(); // no shutdown hooks: its PostgreSQL keeps running
            assertThat(Files.exists(dataDir.resolve("postgres").resolve("postmaster.pid"))).isTrue();

            try (var next = new SpringApplicationBuilder(FlickApplication.class)
                    .properties("flick.data-dir=" + dataDir, "server.port=0").run()) {
                var api = new Api(((WebServerApplicationContext) next).getWebServer().getPort());
                var login = api.post("/api/v1/auth/login", Map.of("login", username, "password", Accounts.PASSWORD));
                assertThat(login.status()).isEqualTo(200);
            }
        }
    }
}
