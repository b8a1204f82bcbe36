package io.flick.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.flick.support.Accounts;
import io.flick.support.Api;
import io.flick.support.IntegrationTest;

class SessionTests extends IntegrationTest {

    @Test
    void logsInWithEmailPhoneOrUsername() {
        var user = accounts.signUp();

        for (String login : new String[] {user.username(), "@" + user.username().toUpperCase(),
                user.username() + "@EXAMPLE.com"}) {
            var response = api.post("/api/v1/auth/login", Map.of("login", login, "password", Accounts.PASSWORD));
            assertThat(response.status()).as(login).isEqualTo(200);
            assertThat(response.json().path("user").path("user_id").asString()).isEqualTo(user.userId());
            assertThat(api.get("/api/v1/users/me", response.text("access_token")).status()).isEqualTo(200);
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountGetTheSameAnswer() {
        var user = accounts.signUp();

        var wrongPassword = api.post("/api/v1/auth/login", Map.of("login", user.username(), "password", "not the password"));
        var unknown = api.post("/api/v1/auth/login", Map.of("login", Accounts.uniqueName("nobody"), "password", "whatever it is"));

        assertThat(wrongPassword.status()).isEqualTo(unknown.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknown.body());
        assertThat(wrongPassword.text("code")).isEqualTo("invalid_credentials");
    }

    @Test
    void repeatedFailedLoginsAreSlowedDownWithRetryAfter() {
        var user = accounts.signUp();
        for (int i = 0; i < 5; i++) {
            assertThat(new Api(port).post("/api/v1/auth/login", Map.of("login", user.username(), "password", "guess " + i))
                    .status()).isEqualTo(401);
        }

        // From another address too: the budget belongs to the account.
        var blocked = new Api(port).post("/api/v1/auth/login", Map.of("login", user.username(), "password", Accounts.PASSWORD));

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.text("code")).isEqualTo("rate_limited");
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isPositive();
    }

    @Test
    void failedLoginsAreCountedPerAccountWhateverTheSpellingOfItsLogin() {
        var user = accounts.signUp();
        String email = user.username() + "@example.com";
        String[] spellings = {user.username(), "@" + user.username().toUpperCase(), " " + email.toUpperCase() + " ",
                email, "@" + user.username()};
        for (String login : spellings) {
            assertThat(new Api(port).post("/api/v1/auth/login", Map.of("login", login, "password", "a wrong guess"))
                    .status()).as(login).isEqualTo(401);
        }

        var blocked = new Api(port).post("/api/v1/auth/login",
                Map.of("login", user.username().toUpperCase(), "password", Accounts.PASSWORD));

        assertThat(blocked.status()).isEqualTo(429);
    }

    @Test
    void failedLoginsForAnUnknownPhoneNumberAreCountedWhateverItsSpelling() {
        String last4 = String.format("%04d", (int) (System.nanoTime() % 10_000));
        String[] spellings = {"+1 415 555 " + last4, "(415) 555-" + last4, "+1415555" + last4, "415 555 " + last4,
                "+1 (415) 555-" + last4};
        for (String login : spellings) {
            assertThat(new Api(port).post("/api/v1/auth/login", Map.of("login", login, "password", "a wrong guess"))
                    .status()).as(login).isEqualTo(401);
        }

        // An unknown account is slowed down exactly like a known one, so the answer reveals nothing.
        var blocked = new Api(port).post("/api/v1/auth/login", Map.of("login", "415-555-" + last4, "password", "a guess"));

        assertThat(blocked.status()).isEqualTo(429);
    }

    @Test
    void aPercentEncodedAuthPathIsStillRateLimited() {
        var client = new Api(port);
        int status = 0;
        for (int i = 0; i < 400 && status != 429; i++) {
            status = client.post("/api/v1/auth/refresh", Map.of("refresh_token", "x")).status();
        }

        for (String path : new String[] {"/api/v1/%61uth/login", "/api/v1/auth/%6Cogin", "/api/%761/auth/login"}) {
            var encoded = client.post(path, Map.of("login", "someone", "password", "something"));
            assertThat(encoded.status()).as(path).isEqualTo(429);
        }
    }

    @Test
    void percentEncodedPathsMeetTheSameSecurityRulesAsPlainOnes() {
        var user = accounts.signUp();

        assertThat(api.get("/api/v1/users/%6De").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/users/%6De", user.accessToken()).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/auth/%6Cogout", Map.of()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/users/me/%62locks").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/videos/upload/%69nit", Map.of("file_size", 1000)).status()).isEqualTo(401);
    }

    @Test
    void pathsThatAreNotNormalisedAreRefusedBeforeAnyHandler() {
        for (String path : new String[] {"/api/v1//auth/login", "/api/v1/auth/..;/auth/login", "/api/v1/x/%2e%2e/auth/login",
                "/api/v1/%2561uth/login", "/api/v1/auth%2Flogin", "/api/v1/auth/login;x=y", "/api/v1/auth/./login"}) {
            var response = api.post(path, Map.of("login", "someone", "password", "something"));

            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void aNulCharacterInALoginIsRefusedAsInvalid() {
        for (String login : new String[] {"ann\u0000", "@\u0000", "ann\u0000@example.com", "+1 415\u0000 555 0100"}) {
            var response = api.post("/api/v1/auth/login", Map.of("login", login, "password", "whatever it is"));

            assertThat(response.status()).as(login).isEqualTo(400);
            assertThat(response.text("code")).isEqualTo("validation_failed");
            assertThat(response.fieldErrors()).containsExactly("login:control_characters");
        }
    }

    @Test
    void anExpiredAccessTokenIsRefused() {
        var user = accounts.signUp();
        assertThat(api.get("/api/v1/users/me", user.accessToken()).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(16));
        var response = api.get("/api/v1/users/me", user.accessToken());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.text("code")).isEqualTo("invalid_token");
        assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void aTamperedAccessTokenIsRefused() {
        var user = accounts.signUp();
        var other = accounts.signUp();
        String[] parts = user.accessToken().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]));
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.replace(user.userId(), other.userId()).getBytes()) + "." + parts[2];

        var response = api.get("/api/v1/users/me", forged);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.text("code")).isEqualTo("invalid_token");
        assertThat(api.get("/api/v1/users/me", "not-a-jwt").status()).isEqualTo(401);
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
                + "." + parts[1] + ".";
        assertThat(api.get("/api/v1/users/me", unsigned).status()).isEqualTo(401);
    }

    @Test
    void refreshingRotatesTheRefreshToken() {
        var user = accounts.signUp();

        var first = api.post("/api/v1/auth/refresh", Map.of("refresh_token", user.refreshToken()));
        var second = api.post("/api/v1/auth/refresh", Map.of("refresh_token", first.text("refresh_token")));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(first.text("refresh_token")).isNotEqualTo(user.refreshToken());
        assertThat(second.text("refresh_token")).isNotEqualTo(first.text("refresh_token"));
        assertThat(api.get("/api/v1/users/me", second.text("access_token")).status()).isEqualTo(200);
    }

    @Test
    void reusingAnOldRefreshTokenEndsTheWholeSession() {
        var user = accounts.signUp();
        var rotated = api.post("/api/v1/auth/refresh", Map.of("refresh_token", user.refreshToken()));
        String current = rotated.text("refresh_token");
        String currentAccess = rotated.text("access_token");

        var replay = api.post("/api/v1/auth/refresh", Map.of("refresh_token", user.refreshToken()));

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.text("code")).isEqualTo("refresh_token_reused");
        assertThat(api.post("/api/v1/auth/refresh", Map.of("refresh_token", current)).text("code"))
                .isEqualTo("invalid_refresh_token");
        assertThat(api.get("/api/v1/users/me", currentAccess).status()).isEqualTo(401);
        // Other sessions of the same user are untouched.
        var elsewhere = api.post("/api/v1/auth/login", Map.of("login", user.username(), "password", Accounts.PASSWORD));
        assertThat(api.get("/api/v1/users/me", elsewhere.text("access_token")).status()).isEqualTo(200);
    }

    @Test
    void loggingOutEndsTheSessionsTokens() {
        var user = accounts.signUp();

        var logout = api.post("/api/v1/auth/logout", Map.of(), user.accessToken());

        assertThat(logout.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/users/me", user.accessToken()).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", Map.of("refresh_token", user.refreshToken())).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/logout", Map.of()).status()).isEqualTo(401);
    }

    @Test
    void anUnknownRefreshTokenIsRefused() {
        var response = api.post("/api/v1/auth/refresh", Map.of("refresh_token", "made-up"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.text("code")).isEqualTo("invalid_refresh_token");
    }

    @Test
    void oneClientAddressIsLimitedOnTheAuthEndpoints() {
        // The test server allows 200 auth requests per address per minute (refilled gradually); one address exhausts it.
        var client = new Api(port);
        int status = 0;
        for (int i = 0; i < 400 && status != 429; i++) {
            status = client.post("/api/v1/auth/refresh", Map.of("refresh_token", "x")).status();
        }
        var limited = client.post("/api/v1/auth/login", Map.of("login", "someone", "password", "something"));

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        assertThat(new Api(port).post("/api/v1/auth/refresh", Map.of("refresh_token", "x")).status()).isEqualTo(401);
    }
}
