package io.flick.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import io.flick.FlickApplication;
import io.flick.support.Accounts;
import io.flick.support.Api;

/**
 * A server started with its defaults and without SMTP (a jar or container put on a network) has no
 * dev outbox: nobody can read the codes of other people's sign-ups. Sign-up answers as always.
 * A server of its own, since every other test server turns the outbox on.
 */
class DevOutboxDefaultTests {

    @TempDir
    Path dataDir;

    @Test
    void aServerStartedWithDefaultsServesNoOutboxAndSignUpStillAnswers() {
        try (var app = new SpringApplicationBuilder(FlickApplication.class)
                .run("--flick.data-dir=" + dataDir, "--server.port=0")) {
            var api = new Api(((WebServerApplicationContext) app).getWebServer().getPort());
            String username = Accounts.uniqueName("nomail");
            String email = username + "@example.com";

            var started = api.post("/api/v1/auth/register", Map.of("email", email, "password", Accounts.PASSWORD,
                    "username", username));

            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            assertThat(api.get("/api/v1/dev/outbox?to=" + email).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/dev/outbox").status()).isEqualTo(404);
        }
    }
}
