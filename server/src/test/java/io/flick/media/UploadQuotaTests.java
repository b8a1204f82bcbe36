package io.flick.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.flick.support.Accounts;
import io.flick.support.Api;
import io.flick.support.MutableClock;
import io.flick.support.TestClockConfiguration;
import io.flick.support.Uploads;

/**
 * Per-account upload quotas, on a server of its own whose quotas are small enough to reach in a few
 * requests (the defaults are tested on the shared server, in {@link UploadTests}): starts and
 * completions per hour, uploads held open and the bytes they reserve, uploads and bytes per day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "flick.demo.enabled=false",
        "flick.account.dev-outbox=on",
        "flick.media.uploads.quota.starts-per-hour=5",
        "flick.media.uploads.quota.completes-per-hour=3",
        "flick.media.uploads.quota.max-open=2",
        "flick.media.uploads.quota.max-open-bytes=1000",
        "flick.media.uploads.quota.per-day=3",
        "flick.media.uploads.quota.bytes-per-day=2000"
})
@Import(TestClockConfiguration.class)
class UploadQuotaTests {

    private static final Map<String, String> TUS = Map.of("Tus-Resumable", "1.0.0");
    private static final Path DATA_DIR;

    static {
        try {
            DATA_DIR = Files.createTempDirectory("flick-quota-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    Api api;
    Accounts accounts;
    Uploads uploads;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("flick.data-dir", DATA_DIR::toString);
    }

    @BeforeEach
    void clients() {
        api = new Api(port);
        accounts = new Accounts(api);
        uploads = new Uploads(api);
    }

    @Test
    void startingUploadsFasterThanTheHourlyRateIsRefusedWithRetryAfter() {
        var user = accounts.signUp();
        for (int i = 0; i < 3; i++) {
            terminate(user, init(user, 100));
        }
        clock.advance(Duration.ofHours(25)); // the day's quota is free again; the hourly rate is not
        user = accounts.logIn(user);
        terminate(user, init(user, 100));
        terminate(user, init(user, 100));

        var tooFast = initResponse(user, 100);
        var tusTooFast = tusCreate(user, 100);

        assertRefused(tooFast, "rate_limited");
        assertRefused(tusTooFast, "rate_limited");
    }

    @Test
    void completingFasterThanTheHourlyRateIsRefusedWithRetryAfter() {
        var user = accounts.signUp();
        var ticket = init(user, 100);
        assertThat(uploads.put(ticket, new byte[100]).status()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(uploads.complete(user, ticket.uploadId(), Map.of()).status()).isEqualTo(201);
        }

        assertRefused(uploads.complete(user, ticket.uploadId(), Map.of()), "rate_limited");
    }

    @Test
    void anAccountHoldsOnlySoManyUnfinishedUploadsByInitOrTus() {
        var user = accounts.signUp();
        var first = init(user, 100);
        init(user, 100);

        var third = initResponse(user, 100);
        var viaTus = tusCreate(user, 100);

        assertRefused(third, "too_many_open_uploads");
        assertThat(third.text("detail")).contains("2 unfinished uploads");
        assertRefused(viaTus, "too_many_open_uploads");
        // Finishing one (made into a video) frees its place.
        assertThat(uploads.put(first, new byte[100]).status()).isEqualTo(200);
        assertThat(uploads.complete(user, first.uploadId(), Map.of()).status()).isEqualTo(201);
        assertThat(initResponse(user, 100).status()).isEqualTo(201);
    }

    @Test
    void unfinishedUploadsReserveOnlySoManyBytes() {
        var user = accounts.signUp();
        init(user, 600);

        var tooMuch = initResponse(user, 600);

        assertRefused(tooMuch, "too_many_open_uploads");
        assertThat(initResponse(user, 400).status()).isEqualTo(201); // 1000 bytes: exactly the reserve
    }

    @Test
    void theDailyQuotaOfUploadsIsRefusedUntilADayHasPassed() {
        var user = accounts.signUp();
        for (int i = 0; i < 3; i++) {
            terminate(user, init(user, 100)); // deleting an upload does not give its start back
        }

        var fourth = initResponse(user, 100);

        assertRefused(fourth, "upload_quota_exceeded");
        assertThat(Long.parseLong(fourth.header("Retry-After"))).isGreaterThan(Duration.ofHours(23).toSeconds());
        clock.advance(Duration.ofHours(25));
        assertThat(initResponse(accounts.logIn(user), 100).status()).isEqualTo(201);
    }

    @Test
    void theDailyQuotaOfBytesCountsWhatWasDeclared() {
        var user = accounts.signUp();
        terminate(user, init(user, 900));
        terminate(user, init(user, 900));

        var third = initResponse(user, 900);

        assertRefused(third, "upload_quota_exceeded");
        assertThat(initResponse(user, 200).status()).isEqualTo(201); // 2000 bytes: exactly the quota
    }

    @Test
    void aBurstOfParallelInitsCannotSlipPastTheOpenUploadsCap() throws Exception {
        var user = accounts.signUp();
        List<Future<Api.Response>> answers = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 12; i++) {
                answers.add(pool.submit(() -> initResponse(user, 100)));
            }
        }
        List<Integer> statuses = new ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get().status());
        }

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(2);
        assertThat(statuses).filteredOn(status -> status != 201).allMatch(status -> status == 429);
    }

    private Uploads.Ticket init(Accounts.Login user, long size) {
        var response = initResponse(user, size);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return new Uploads.Ticket(response.text("upload_id"), response.text("upload_url"), response.text("resumable_url"));
    }

    private Api.Response initResponse(Accounts.Login user, long size) {
        return api.post("/api/v1/videos/upload/init", Map.of("file_size", size, "video_duration", 3), user.accessToken());
    }

    private Api.Response tusCreate(Accounts.Login user, long size) {
        return api.exchange("POST", "/api/v1/uploads/tus", user.accessToken(),
                Map.of("Tus-Resumable", "1.0.0", "Upload-Length", Long.toString(size)), null);
    }

    private void terminate(Accounts.Login user, Uploads.Ticket ticket) {
        assertThat(api.exchange("DELETE", ticket.resumableUrl(), user.accessToken(), TUS, null).status()).isEqualTo(204);
    }

    private static void assertRefused(Api.Response response, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(429);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.text("code")).isEqualTo(code);
        assertThat(Long.parseLong(response.header("Retry-After"))).isPositive();
    }
}
