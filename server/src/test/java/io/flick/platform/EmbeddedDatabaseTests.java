package io.flick.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.flick.FlickApplication;
import io.flick.support.Accounts;
import io.flick.support.Api;

/** The embedded default keeps its data across restarts and refuses to share a data directory. */
class EmbeddedDatabaseTests {

    @TempDir
    Path dataDir;

    @Test
    void accountsSurviveARestartOfTheServer() {
        String username = Accounts.uniqueName("stay");
        try (var first = start()) {
            new Accounts(api(first)).signUp(username, username + "@example.com");
        }

        try (var second = start()) {
            var login = api(second).post("/api/v1/auth/login", Map.of("login", username, "password", Accounts.PASSWORD));
            assertThat(login.status()).isEqualTo(200);
            // The signing key survived too: a token from before the restart would still verify.
            assertThat(api(second).get("/api/v1/users/me", login.text("access_token")).status()).isEqualTo(200);
        }
        assertThat(Files.exists(dataDir.resolve("postgres").resolve("PG_VERSION"))).isTrue();
        assertThat(Files.exists(dataDir.resolve("keys").resolve("jwt-signing-key.json"))).isTrue();
    }

    @Test
    void aSecondServerOnTheSameDataDirectoryRefusesToStart() {
        try (var running = start()) {
            assertThatThrownBy(this::start)
                    .rootCause()
                    .hasMessageContaining("Another Flick server is using the database");
            assertThat(api(running).get("/actuator/health/readiness").status()).isEqualTo(200);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(FlickApplication.class)
                .properties("flick.data-dir=" + dataDir, "server.port=0", "flick.account.dev-outbox=on")
                .run();
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
