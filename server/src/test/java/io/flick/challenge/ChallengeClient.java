package io.flick.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.flick.support.Accounts;
import io.flick.support.Accounts.Login;
import io.flick.support.Api;

/** Creates challenges and reads them the way a client does, and waits for the module's listeners. */
final class ChallengeClient {

    private final Api api;
    private final JdbcClient jdbc;

    ChallengeClient(Api api, JdbcClient jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    static String uniqueTag() {
        return Accounts.uniqueName("chl");
    }

    static Map<String, Object> body(String tag, Instant starts, Instant ends) {
        Map<String, Object> body = new HashMap<>();
        body.put("hashtag", tag);
        body.put("title", "The " + tag + " challenge");
        body.put("description", "Show us your best move.");
        body.put("rules", "One video per person.\nBe kind.");
        body.put("starts_at", starts.toString());
        body.put("ends_at", ends.toString());
        return body;
    }

    Api.Response create(Login creator, Map<String, Object> body) {
        return api.post("/api/v1/challenges", body, creator.accessToken());
    }

    /** A challenge of {@code tag} created by {@code creator}; returns its id. */
    String created(Login creator, String tag, Instant starts, Instant ends) {
        var response = create(creator, body(tag, starts, ends));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("challenge_id");
    }

    Api.Response board(String challenge, String token) {
        return api.get("/api/v1/challenges/" + challenge + "/leaderboard?limit=50", token);
    }

    /**
     * Waits until every event delivered to the challenge module's listeners so far was handled
     * (completed publications are deleted from the log), so that a test can tell that an event
     * changed nothing.
     */
    void awaitListenersIdle() {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM event_publication WHERE listener_id LIKE 'io.flick.challenge.%' AND completion_date IS NULL")
                .query(Long.class).single() == 0);
    }
}
