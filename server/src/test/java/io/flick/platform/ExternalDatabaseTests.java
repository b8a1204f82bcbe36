package io.flick.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.flick.FlickApplication;
import io.flick.support.Accounts;
import io.flick.support.Api;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * With {@code FLICK_DATABASE_URL} set, Flick uses that PostgreSQL (here a separately started one
 * standing in for an operator's server) and starts none of its own.
 */
class ExternalDatabaseTests {

    @TempDir
    Path dataDir;

    @Test
    void aConfiguredDatabaseIsUsedInsteadOfTheEmbeddedOne() throws Exception {
        try (var external = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
            String url = external.getJdbcUrl("postgres", "postgres");
            String username = Accounts.uniqueName("ext");
            try (var context = new SpringApplicationBuilder(FlickApplication.class)
                    .properties("flick.data-dir=" + dataDir, "server.port=0", "flick.database.url=" + url,
                            "flick.database.username=postgres", "flick.account.dev-outbox=on")
                    .run()) {
                var api = new Api(((WebServerApplicationContext) context).getWebServer().getPort());
                new Accounts(api).signUp(username, username + "@example.com");
            }

            var rows = JdbcClient.create(external.getPostgresDatabase())
                    .sql("SELECT count(*) FROM account.users WHERE username = ?").param(username)
                    .query(Integer.class).single();
            assertThat(rows).isEqualTo(1);
            assertThat(Files.exists(dataDir.resolve("postgres"))).isFalse();
        }
    }
}
