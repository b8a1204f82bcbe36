package io.flick.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed-in benchmark client's access token, kept valid for as long as the benchmark runs: access
 * tokens last 15 minutes, a benchmark longer, so the token is refreshed through
 * {@code /api/v1/auth/refresh} (which rotates the refresh token: each one is used once) a minute
 * before it expires. Expiry is counted on this process's monotonic clock from the {@code expires_in}
 * the server answered, never from the server's clock.
 */
public final class RefreshingLogin {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration MARGIN = Duration.ofMinutes(1);

    private final HttpClient http;
    private final String base;
    private String accessToken;
    private String refreshToken;
    private long refreshAtNanos;

    private RefreshingLogin(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    public static RefreshingLogin logIn(HttpClient http, String base, String login, String password)
            throws IOException, InterruptedException {
        var session = new RefreshingLogin(http, base);
        session.take(session.send("/api/v1/auth/login", Map.of("login", login, "password", password)));
        return session;
    }

    /** An access token valid for at least another minute (or for half its lifetime, if that is shorter). */
    public synchronized String accessToken() throws IOException, InterruptedException {
        if (System.nanoTime() - refreshAtNanos >= 0) {
            take(send("/api/v1/auth/refresh", Map.of("refresh_token", refreshToken)));
        }
        return accessToken;
    }

    private void take(JsonNode tokens) {
        accessToken = tokens.path("access_token").asString();
        refreshToken = tokens.path("refresh_token").asString();
        Duration lifetime = Duration.ofSeconds(tokens.path("expires_in").asLong());
        Duration margin = MARGIN.compareTo(lifetime.dividedBy(2)) < 0 ? MARGIN : lifetime.dividedBy(2);
        refreshAtNanos = System.nanoTime() + lifetime.minus(margin).toNanos();
    }

    private JsonNode send(String path, Object body) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
