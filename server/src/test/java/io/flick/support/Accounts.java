package io.flick.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs people up the way a client does: register, read the code from the dev outbox, verify. */
public final class Accounts {

    public static final String PASSWORD = "a long enough secret";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final Api api;

    public Accounts(Api api) {
        this.api = api;
    }

    public static String uniqueName(String stem) {
        return stem + System.nanoTime() % 1_000_000_000L + SEQUENCE.incrementAndGet();
    }

    /** A new verified user with an e-mail address; returns its login. */
    public Login signUp() {
        String username = uniqueName("u");
        return signUp(username, username + "@example.com");
    }

    public Login signUp(String username, String email) {
        var started = api.post("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD, "username", username));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        var verified = api.post("/api/v1/auth/verify", Map.of("email", email, "code", awaitCode(email)));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(201);
        return Login.of(verified);
    }

    /** A fresh session for an existing user (e.g. after the clock moved past its tokens). */
    public Login logIn(Login user) {
        var response = api.post("/api/v1/auth/login", Map.of("login", user.username(), "password", PASSWORD));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return Login.of(response);
    }

    /** The newest code sent to {@code to}, waiting for the asynchronous delivery. */
    public String awaitCode(String to) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> latestCode(to), code -> code != null);
    }

    public String latestCode(String to) {
        var outbox = api.get("/api/v1/dev/outbox?to=" + java.net.URLEncoder.encode(to, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(outbox.status()).isEqualTo(200);
        var messages = outbox.json().path("messages");
        if (messages.isEmpty()) {
            return null;
        }
        Matcher matcher = CODE.matcher(messages.get(0).path("body").asString());
        return matcher.find() ? matcher.group(1) : null;
    }

    public int messageCount(String to) {
        return api.get("/api/v1/dev/outbox?to=" + java.net.URLEncoder.encode(to, java.nio.charset.StandardCharsets.UTF_8))
                .json().path("messages").size();
    }

    public record Login(String userId, String username, String accessToken, String refreshToken) {

        public static Login of(Api.Response tokens) {
            var json = tokens.json();
            return new Login(json.path("user").path("user_id").asString(), json.path("user").path("username").asString(),
                    json.path("access_token").asString(), json.path("refresh_token").asString());
        }
    }
}
