package io.flick.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The contract checker itself: what it accepts and what it reports, on a small document. */
class OpenApiDocumentTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OpenApiDocument document = new OpenApiDocument(json("""
            {"paths": {
               "/users/{user_id}": {"get": {"responses": {
                 "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}},
                 "default": {"content": {"application/problem+json": {"schema": {"type": "object",
                    "required": ["code"], "properties": {"code": {"type": "string"}}}}}}}}},
               "/users/me": {"get": {"responses": {"200": {"content": {"*/*": {"schema": {"$ref": "#/components/schemas/User"}}}}}}}},
             "components": {"schemas": {
               "User": {"type": "object", "required": ["user_id"], "properties": {
                 "user_id": {"type": "string"}, "displayName": {"type": "string"}, "follower_count": {"type": "integer"},
                 "created_at": {"type": "string", "format": "date-time"},
                 "tags": {"type": "array", "items": {"type": "string"}},
                 "urls": {"type": "object", "additionalProperties": {"type": "string"}},
                 "privacy": {"type": "string", "enum": ["public", "private"]}}}}}}
            """));

    @Test
    void aFieldTheDocumentNamesDifferentlyIsReportedWhereItIs() {
        JsonNode user = json("""
                {"user_id": "usr_1", "display_name": "Ann", "follower_count": 3, "created_at": "2026-12-07T18:00:00Z",
                 "tags": ["a"], "urls": {"720p": "x"}, "privacy": "public"}""");

        assertThat(document.violations(user, schema("/users/{user_id}", 200, "application/json")))
                .containsExactly("$.display_name: not in the document (it names [user_id, displayName, follower_count, created_at, tags, urls, privacy])");
    }

    @Test
    void typesRequiredFieldsEnumsDatesAndItemsAreChecked() {
        JsonNode user = json("""
                {"follower_count": 1.5, "created_at": "yesterday", "tags": [1], "urls": {"720p": 2}, "privacy": "friends"}""");

        assertThat(document.violations(user, schema("/users/{user_id}", 200, "application/json"))).containsExactlyInAnyOrder(
                "$: required property 'user_id' is missing",
                "$.follower_count: number 1.5 where the document says [integer]",
                "$.created_at: \"yesterday\" is not a date-time",
                "$.tags[0]: number 1 where the document says [string]",
                "$.urls.720p: number 2 where the document says [string]",
                "$.privacy: \"friends\" is none of [\"public\",\"private\"]");
    }

    @Test
    void aTemplateIsFoundForAConcretePathPreferringLiteralSegments() {
        assertThat(document.template("/users/usr_1?limit=3")).contains("/users/{user_id}");
        assertThat(document.template("/users/me")).contains("/users/me");
        assertThat(document.template("/videos/1")).isEmpty();
    }

    @Test
    void anErrorFindsTheDefaultAnswerAndAnyMediaTypeStandsForEvery() {
        assertThat(document.violations(json("{\"code\": \"not_found\"}"), schema("/users/{user_id}", 404, "application/problem+json"))).isEmpty();
        assertThat(document.responseSchema("get", "/users/me", 200, "application/json")).isPresent();
        assertThat(document.responseSchema("get", "/users/{user_id}", 404, "application/json")).isEmpty();
    }

    private JsonNode schema(String template, int status, String mediaType) {
        return document.responseSchema("GET", template, status, mediaType).orElseThrow();
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
