package io.flick.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import io.flick.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Every route of the OpenAPI document that takes an id in its path, with every method it has, is
 * asked for ids that cannot exist (zero, negative, too large for a long, of the wrong kind, not an
 * id at all), anonymously and signed in: each answer is a 4xx problem, never a 500. Routes added
 * later are swept without touching this test.
 */
class IdSweepTests extends IntegrationTest {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    @Test
    void idsThatCannotExistAreAProblemOnEveryRouteNeverA500() {
        var user = accounts.signUp();
        var document = api.get("/v3/api-docs");
        assertThat(document.status()).as(document.toString()).isEqualTo(200);

        List<String> tried = new ArrayList<>();
        var softly = new SoftAssertions();
        document.json().path("paths").properties().forEach(entry -> {
            String template = entry.getKey();
            for (String method : METHODS) {
                JsonNode operation = entry.getValue().path(method);
                // Client routes (/v/{videoId}) answer the web client's page for any address, by design.
                if (operation.isMissingNode() || !(template.startsWith("/api/") || template.startsWith("/media/"))) {
                    continue;
                }
                List<String> idParameters = idParameters(entry.getValue(), operation);
                if (idParameters.isEmpty()) {
                    continue;
                }
                for (String parameter : idParameters) {
                    for (String id : hostileIds(parameter)) {
                        String path = template;
                        for (String other : idParameters) {
                            path = path.replace("{" + other + "}", other.equals(parameter) ? id : validLooking(other));
                        }
                        path = path.replaceAll("\\{[^}]+}", "x");
                        for (String token : new String[] {null, user.accessToken()}) {
                            var answer = api.exchange(method.toUpperCase(Locale.ROOT), path, token,
                                    Map.of("Content-Type", "application/json"), "{}".getBytes());
                            String what = method.toUpperCase(Locale.ROOT) + " " + path + (token == null ? " (anonymous)" : "")
                                    + " -> " + answer;
                            tried.add(what);
                            softly.assertThat(answer.status()).as(what).isLessThan(500);
                            // The largest well-formed id names nothing, but an idempotent removal may say so with a 204.
                            if (!id.endsWith("_7zzzzzzzzzzzz") || answer.status() >= 400) {
                                softly.assertThat(answer.status()).as(what).isBetween(400, 499);
                                softly.assertThat(answer.header("Content-Type")).as(what).startsWith("application/problem+json");
                            }
                        }
                    }
                }
            }
        });
        assertThat(tried).as("id-taking routes in the OpenAPI document").hasSizeGreaterThan(100);
        softly.assertAll();
    }

    /** Path parameters that name an id: {@code user_id}, {@code videoId}, {@code id} … */
    private static List<String> idParameters(JsonNode pathItem, JsonNode operation) {
        List<String> names = new ArrayList<>();
        for (JsonNode parameters : new JsonNode[] {pathItem.path("parameters"), operation.path("parameters")}) {
            parameters.forEach(parameter -> {
                String name = parameter.path("name").asString();
                if ("path".equals(parameter.path("in").asString())
                        && name.toLowerCase(Locale.ROOT).replace("_", "").endsWith("id") && !names.contains(name)) {
                    names.add(name);
                }
            });
        }
        return names;
    }

    private static String prefix(String parameter) {
        String name = parameter.toLowerCase(Locale.ROOT);
        if (name.startsWith("user")) {
            return "usr";
        }
        if (name.startsWith("video")) {
            return "vid";
        }
        if (name.startsWith("sound")) {
            return "snd";
        }
        if (name.startsWith("upload")) {
            return "upl";
        }
        if (name.startsWith("comment")) {
            return "cmt";
        }
        if (name.startsWith("challenge")) {
            return "chl";
        }
        if (name.startsWith("asset")) {
            return "";
        }
        return "vid";
    }

    private static List<String> hostileIds(String parameter) {
        String prefix = prefix(parameter);
        List<String> ids = new ArrayList<>(List.of("0", "-1", "99999999999999999999999", "not-an-id", "%00", "%FF%FE",
                "%E2%80%AEdi_rsu"));
        if (!prefix.isEmpty()) {
            ids.addAll(List.of(prefix + "_0000000000000", prefix + "_zzzzzzzzzzzzz", prefix + "_7zzzzzzzzzzzz",
                    prefix + "_-000000000001", prefix + "_00000000000000000", "xyz_0000000000001"));
        }
        return ids;
    }

    private static String validLooking(String parameter) {
        String prefix = prefix(parameter);
        return prefix.isEmpty() ? "1" : prefix + "_0000000000001";
    }
}
