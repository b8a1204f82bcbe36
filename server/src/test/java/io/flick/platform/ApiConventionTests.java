package io.flick.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.flick.support.Api;
import io.flick.support.IntegrationTest;

class ApiConventionTests extends IntegrationTest {

    @Test
    void errorsAreProblemDocumentsWithAStableTypeAndCode() {
        var response = api.post("/api/v1/auth/login", "{not json");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.path("type").asString()).isEqualTo("/problems/malformed-request");
        assertThat(problem.path("code").asString()).isEqualTo("malformed_request");
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/auth/login");
    }

    @Test
    void validationErrorsNameEachFieldInSnakeCase() {
        var response = api.post("/api/v1/auth/register", Map.of("email", "nope", "password", "x"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("code")).isEqualTo("validation_failed");
        assertThat(response.fieldErrors()).containsExactly("email:email");
        assertThat(response.json().path("errors").get(0).path("message").asString()).isNotBlank();
    }

    @Test
    void aWronglyTypedFieldIsNamed() {
        var user = accounts.signUp();

        var response = api.patch("/api/v1/users/me", "{\"is_private\": {\"nested\": 1}}", user.accessToken());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldErrors()).containsExactly("is_private:invalid");
    }

    @Test
    void noErrorRevealsInternals() {
        var user = accounts.signUp();
        var answers = new Api.Response[] {
                api.post("/api/v1/auth/login", "{not json"),
                api.post("/api/v1/auth/login", "[1,2,3]"),
                api.patch("/api/v1/users/me", "{\"username\": [1]}", user.accessToken()),
                api.get("/api/v1/users/me/blocks?limit=abc", user.accessToken()),
                api.postRaw("/api/v1/auth/login", "text/plain", "hello".getBytes(), null),
                api.get("/api/v1/does-not-exist", user.accessToken()),
                api.delete("/api/v1/auth/login", null),
                api.get("/media/../../etc/passwd"),
                api.get("/media/avatars/%2e%2e/%2e%2e/keys/jwt-signing-key.json"),
        };
        for (var answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
            assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
            assertThat(answer.json().path("code").asString()).as(answer.toString()).isNotBlank();
            assertThat(answer.body()).as(answer.toString())
                    .doesNotContain("Exception", "at io.", "at org.", "jackson", "springframework", "SQL", "PRIVATE");
        }
    }

    @Test
    void unsupportedMethodsAndMediaTypesGetTheirStatus() {
        var user = accounts.signUp();

        var method = api.delete("/api/v1/auth/login", null);
        var methodOnProtected = api.delete("/api/v1/users/me", user.accessToken());
        var mediaType = api.postRaw("/api/v1/auth/login", "text/plain", "hello".getBytes(), null);
        var unknown = api.get("/api/v1/does-not-exist", user.accessToken());

        assertThat(method.status()).isEqualTo(405);
        assertThat(method.text("code")).isEqualTo("method_not_allowed");
        assertThat(method.header("Allow")).contains("POST");
        assertThat(methodOnProtected.status()).isEqualTo(405);
        assertThat(mediaType.status()).isEqualTo(415);
        assertThat(mediaType.text("code")).isEqualTo("unsupported_media_type");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("code")).isEqualTo("not_found");
    }

    @Test
    void protectedEndpointsAskForAToken() {
        var response = api.get("/api/v1/users/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.text("code")).isEqualTo("unauthenticated");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void responsesCarrySecurityHeaders() {
        var response = api.get("/api/v1/users/me");

        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void configuredOriginsMayCallTheApiFromABrowserAndOthersMayNot() {
        var allowed = api.send(api.request("/api/v1/auth/login", null)
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example").header("Access-Control-Request-Method", "POST").build());
        var refused = api.send(api.request("/api/v1/auth/login", null)
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST").build());

        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
        assertThat(refused.text("code")).isEqualTo("forbidden");
    }

    @Test
    void healthProbesMetricsAndTheApiDocumentAreServed() {
        assertThat(api.get("/actuator/health").text("status")).isEqualTo("UP");
        assertThat(api.get("/actuator/health/liveness").text("status")).isEqualTo("UP");
        assertThat(api.get("/actuator/health/readiness").text("status")).isEqualTo("UP");
        var metrics = api.exchange("GET", "/actuator/prometheus", null,
                Map.of("Authorization", "Bearer " + METRICS_TOKEN), null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests");
        var openApi = api.get("/v3/api-docs");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().path("info").path("title").asString()).isEqualTo("Flick API");
        assertThat(openApi.json().path("paths").has("/api/v1/auth/register")).isTrue();
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void metricsAreReadOnlyWithTheScrapeTokenWhileHealthStaysPublic() {
        var user = accounts.signUp();

        var anonymous = api.get("/actuator/prometheus");
        var signedIn = api.get("/actuator/prometheus", user.accessToken());
        var wrongToken = api.exchange("GET", "/actuator/prometheus", null,
                Map.of("Authorization", "Bearer " + METRICS_TOKEN + "x"), null);
        var basic = api.exchange("GET", "/actuator/prometheus", null,
                Map.of("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("x:" + METRICS_TOKEN).getBytes())), null);

        for (var answer : new Api.Response[] {anonymous, signedIn, wrongToken, basic}) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
            assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
            assertThat(answer.body()).doesNotContain("jvm_");
        }
        assertThat(api.get("/actuator/prometheus/").status()).isIn(401, 404);
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void anAddressNothingAnswersIsNotFoundForVisitorsTooNotALogInPrompt() {
        for (String method : new String[] {"GET", "POST", "DELETE"}) {
            for (String path : new String[] {"/api/v1/does-not-exist", "/api/v1/users/me/no-such-list", "/api/v2/videos"}) {
                var answer = api.exchange(method, path, null, Map.of("Content-Type", "application/json"), "{}".getBytes());
                assertThat(answer.status()).as(method + " " + path + " -> " + answer).isEqualTo(404);
                assertThat(answer.text("code")).isEqualTo("not_found");
            }
        }
        assertThat(api.get("/api/v1/users/me").status()).as("an address that exists still asks for a token").isEqualTo(401);
        assertThat(api.delete("/api/v1/users/me", null).status()).as("so does one that exists for another method").isEqualTo(401);
    }

    @Test
    void aFieldTheRequestDoesNotHaveIsNamedInsteadOfIgnored() {
        var user = accounts.signUp();

        var camelCase = api.patch("/api/v1/users/me", Map.of("displayName", "Ann", "isPrivate", true, "bio", "hi"),
                user.accessToken());
        var extraAtLogIn = api.post("/api/v1/auth/login", Map.of("login", user.username(), "password", "x", "remember_me", true));
        var nested = api.post("/api/v1/videos/upload/init", Map.of("file_size", 1000, "video_duration", 3,
                "video_metadata", Map.of("width", 180, "height", 320, "depth", 8, "layers", List.of(1, 2))), user.accessToken());

        assertThat(camelCase.status()).as(camelCase.toString()).isEqualTo(400);
        assertThat(camelCase.fieldErrors()).containsExactlyInAnyOrder("displayName:unknown", "isPrivate:unknown");
        assertThat(api.get("/api/v1/users/me", user.accessToken()).text("bio")).as("nothing was saved").isEmpty();
        assertThat(extraAtLogIn.status()).as(extraAtLogIn.toString()).isEqualTo(400);
        assertThat(extraAtLogIn.fieldErrors()).containsExactly("remember_me:unknown");
        assertThat(nested.status()).as(nested.toString()).isEqualTo(400);
        assertThat(nested.fieldErrors()).containsExactlyInAnyOrder("video_metadata.depth:unknown", "video_metadata.layers:unknown");
    }
}
