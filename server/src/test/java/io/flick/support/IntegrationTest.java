package io.flick.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole server on a random port, on its embedded default: a real PostgreSQL 18 in a fresh data
 * directory, local-disk media, the dev outbox (switched on explicitly, as on a laptop). One such server is shared by every test class that
 * extends this (Spring caches the context), so tests must not assume an empty database: each one
 * makes its own users.
 *
 * <p>A class whose assertions read server-wide lists (For You ranks every public video) cannot be
 * made independent of the others' data that way: it asks for a server of its own with
 * {@code @TestPropertySource(properties = "flick.test.server=<name>")}, which gives it its own
 * context, data directory (database, media) and clock. Each costs a server start: keep them few.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "flick.security.auth-per-address=200",
        "flick.security.cors-origins=https://app.example",
        // Abandoned uploads are collected within a second, so tests can watch it happen.
        "flick.media.uploads.collect-interval=1s",
        "flick.metrics.token=" + IntegrationTest.METRICS_TOKEN,
        "flick.account.dev-outbox=on",
        "flick.data-dir=${flick.test.data-root}/${flick.test.server:shared}"
})
@Import({TestClockConfiguration.class, SlowCandidateSource.class, StatementCounter.class, SentInvitations.class})
public abstract class IntegrationTest {

    /** The scrape token of {@code /actuator/prometheus} in tests. */
    protected static final String METRICS_TOKEN = "test-scrape-token-0123456789";

    /** Holds one data directory per server ({@code flick.test.server}), so no two share a database. */
    private static final Path DATA_ROOT;

    static {
        try {
            DATA_ROOT = Files.createTempDirectory("flick-it-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    protected Api api;
    protected Accounts accounts;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("flick.test.data-root", DATA_ROOT::toString);
    }

    @org.junit.jupiter.api.BeforeEach
    void clients() {
        api = new Api(port);
        accounts = new Accounts(api);
    }
}
