package io.flick.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.media.samples.SampleClip;
import io.flick.media.samples.SampleClips;
import io.flick.support.Accounts;
import io.flick.support.Accounts.Login;
import io.flick.support.Api;
import io.flick.support.Clips;
import io.flick.support.IntegrationTest;
import io.flick.support.OpenApiDocument;
import io.flick.support.Uploads;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document at {@code /v3/api-docs} is the API's contract: real answers of the main
 * endpoints match the schema the document declares for their operation and status (names, types,
 * nesting, problem+json errors), and the document names the seed's resources as the seed does.
 */
class OpenApiContractTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;

    OpenApiDocument document;
    SoftAssertions softly;
    List<String> checked;

    @BeforeEach
    void readTheDocument() {
        var answer = api.get("/v3/api-docs");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        document = new OpenApiDocument(answer.json());
        softly = new SoftAssertions();
        checked = new ArrayList<>();
    }

    @Test
    void realAnswersOfTheMainEndpointsMatchTheSchemasTheDocumentDeclares() {
        String email = Accounts.uniqueName("contract") + "@example.com";
        String username = email.substring(0, email.indexOf('@'));
        conforms("POST", "/api/v1/auth/register", api.post("/api/v1/auth/register",
                Map.of("email", email, "password", Accounts.PASSWORD, "username", username,
                        "display_name", "Contract Tester")));
        conforms("POST", "/api/v1/auth/verify", api.post("/api/v1/auth/verify",
                Map.of("email", email, "code", accounts.awaitCode(email))));
        var login = api.post("/api/v1/auth/login", Map.of("login", username, "password", Accounts.PASSWORD));
        conforms("POST", "/api/v1/auth/login", login);
        Login creator = Login.of(login);
        conforms("POST", "/api/v1/auth/refresh", api.post("/api/v1/auth/refresh", Map.of("refresh_token", creator.refreshToken())));
        creator = accounts.logIn(creator);
        Login fan = accounts.signUp();

        conforms("GET", "/api/v1/users/me", api.get("/api/v1/users/me", creator.accessToken()));
        conforms("PATCH", "/api/v1/users/me", api.patch("/api/v1/users/me", Map.of("bio", "dancing every day"), creator.accessToken()));
        conforms("POST", "/api/v1/users/{user_id}/follow", api.post("/api/v1/users/" + creator.userId() + "/follow", null, fan.accessToken()));
        conforms("GET", "/api/v1/users/{user_id}", api.get("/api/v1/users/" + creator.userId(), fan.accessToken()));
        conforms("GET", "/api/v1/users/by-username/{username}", api.get("/api/v1/users/by-username/" + username));
        conforms("GET", "/api/v1/users/{user_id}/followers", api.get("/api/v1/users/" + creator.userId() + "/followers", fan.accessToken()));
        conforms("GET", "/api/v1/users/{user_id}/following", api.get("/api/v1/users/" + fan.userId() + "/following", fan.accessToken()));

        // An upload step by step: init, the signed PUT, complete, status while processing and once published.
        var uploads = new Uploads(api);
        byte[] clip = new Clips(sampleClips).bytes(SampleClip.portrait(1.5, 440));
        var init = api.post("/api/v1/videos/upload/init", Map.of("file_size", clip.length, "video_duration", 2,
                "video_metadata", Map.of("width", 180, "height", 320, "fps", 15)), creator.accessToken());
        conforms("POST", "/api/v1/videos/upload/init", init);
        var ticket = new Uploads.Ticket(init.text("upload_id"), init.text("upload_url"), init.text("resumable_url"));
        conforms("PUT", ticket.uploadUrl(), uploads.put(ticket, clip));
        var complete = uploads.complete(creator, ticket.uploadId(), Map.of("caption", "contract #contract" + username, "privacy", "public", "cover_time", 0.5));
        conforms("POST", "/api/v1/videos/upload/complete", complete);
        String video = complete.text("video_id");
        String status = "/api/v1/videos/" + video + "/status";
        conforms("GET", status, api.get(status, creator.accessToken()));
        Login owner = creator;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> "published".equals(api.get(status, accounts.logIn(owner).accessToken()).text("status")));
        creator = accounts.logIn(creator);
        conforms("GET", status, api.get(status, creator.accessToken()));

        var card = api.get("/api/v1/videos/" + video, fan.accessToken());
        conforms("GET", "/api/v1/videos/{video_id}", card);
        conforms("POST", "/api/v1/videos/{video_id}/like", api.post("/api/v1/videos/" + video + "/like", null, fan.accessToken()));
        conforms("POST", "/api/v1/videos/{video_id}/share", api.post("/api/v1/videos/" + video + "/share",
                Map.of("share_type", "external", "platform", "whatsapp"), fan.accessToken()));
        var comment = api.post("/api/v1/videos/" + video + "/comments", Map.of("text", "lovely"), fan.accessToken());
        conforms("POST", "/api/v1/videos/{video_id}/comments", comment);
        api.post("/api/v1/videos/" + video + "/comments", Map.of("text", "thanks", "parent_comment_id", comment.text("comment_id")),
                creator.accessToken());
        conforms("GET", "/api/v1/videos/{video_id}/comments", api.get("/api/v1/videos/" + video + "/comments", fan.accessToken()));
        conforms("GET", "/api/v1/comments/{comment_id}/replies",
                api.get("/api/v1/comments/" + comment.text("comment_id") + "/replies", fan.accessToken()));
        conforms("GET", "/api/v1/users/{user_id}/videos", api.get("/api/v1/users/" + creator.userId() + "/videos", fan.accessToken()));
        conforms("GET", "/api/v1/users/{user_id}/liked", api.get("/api/v1/users/" + fan.userId() + "/liked", fan.accessToken()));
        conforms("GET", "/api/v1/hashtags/{hashtag}/videos", api.get("/api/v1/hashtags/contract" + username + "/videos"));
        conforms("GET", "/api/v1/hashtags/{hashtag}/videos", api.get("/api/v1/hashtags/contract" + username + "/videos?sort=top",
                fan.accessToken()));
        conforms("GET", "/api/v1/hashtags/{hashtag}", api.get("/api/v1/hashtags/contract" + username));
        // Search (issue 17's contract): each kind, type-ahead, recent searches.
        String term = "contract" + username;
        await().until(() -> api.get("/api/v1/search/videos?q=" + term).json().path("videos").size() == 1);
        conforms("GET", "/api/v1/search/videos", api.get("/api/v1/search/videos?q=" + term, fan.accessToken()));
        conforms("GET", "/api/v1/search/users", api.get("/api/v1/search/users?q=" + username, fan.accessToken()));
        conforms("GET", "/api/v1/search/users", api.get("/api/v1/search/users?q=" + username));
        conforms("GET", "/api/v1/search/sounds", api.get("/api/v1/search/sounds?q=original+" + username, fan.accessToken()));
        conforms("GET", "/api/v1/search/hashtags", api.get("/api/v1/search/hashtags?q=" + term));
        conforms("GET", "/api/v1/search/suggest", api.get("/api/v1/search/suggest?q=contract", fan.accessToken()));
        conforms("GET", "/api/v1/search/recent", api.get("/api/v1/search/recent", fan.accessToken()));
        conforms("DELETE", "/api/v1/search/recent", api.delete("/api/v1/search/recent?query=" + term, fan.accessToken()));
        conforms("GET", "/api/v1/search/videos", api.get("/api/v1/search/videos?q="));
        String sound = card.json().path("sound").path("sound_id").asString();
        conforms("GET", "/api/v1/sounds/{sound_id}", api.get("/api/v1/sounds/" + sound, fan.accessToken()));
        conforms("GET", "/api/v1/sounds/{sound_id}/videos", api.get("/api/v1/sounds/" + sound + "/videos?sort=top", fan.accessToken()));
        conforms("GET", "/api/v1/sounds/{sound_id}/videos", api.get("/api/v1/sounds/" + sound + "/videos"));
        conforms("GET", "/api/v1/trending", api.get("/api/v1/trending", fan.accessToken()));
        conforms("GET", "/api/v1/sounds/trending", api.get("/api/v1/sounds/trending"));
        conforms("GET", "/api/v1/feed/for-you", api.get("/api/v1/feed/for-you?limit=5", fan.accessToken()));
        conforms("GET", "/api/v1/feed/for-you", api.get("/api/v1/feed/for-you?limit=5"));
        conforms("GET", "/api/v1/feed/following", api.get("/api/v1/feed/following", fan.accessToken()));
        conforms("GET", "/api/v1/feed/for-you/why/{video_id}", api.get("/api/v1/feed/for-you/why/" + video, fan.accessToken()));
        conforms("GET", "/api/v1/feed/friends", api.get("/api/v1/feed/friends", fan.accessToken()));
        conforms("GET", "/api/v1/feed/following/new", api.get("/api/v1/feed/following/new?after=" + video, fan.accessToken()));
        conforms("GET", "/api/v1/feed/friends/new", api.get("/api/v1/feed/friends/new?after=" + video, fan.accessToken()));
        conforms("POST", "/api/v1/videos/{video_id}/save", api.post("/api/v1/videos/" + video + "/save", null, fan.accessToken()));
        conforms("GET", "/api/v1/users/me/saved", api.get("/api/v1/users/me/saved", fan.accessToken()));
        conforms("GET", "/api/v1/users/{user_id}/friends", api.get("/api/v1/users/" + fan.userId() + "/friends", fan.accessToken()));
        conforms("GET", "/api/v1/users/me/follow-requests", api.get("/api/v1/users/me/follow-requests", creator.accessToken()));
        conforms("POST", "/api/v1/users/{user_id}/block", api.post("/api/v1/users/" + accounts.signUp().userId() + "/block", null,
                fan.accessToken()));
        conforms("GET", "/api/v1/users/me/blocks", api.get("/api/v1/users/me/blocks", fan.accessToken()));
        conforms("DELETE", "/api/v1/users/me/avatar", api.delete("/api/v1/users/me/avatar", fan.accessToken()));
        // The video's lifecycle (issue 18): its owner edits it, then deletes it.
        conforms("PATCH", "/api/v1/videos/{video_id}", api.patch("/api/v1/videos/" + video, Map.of("caption", "edited #contract",
                "privacy", "friends", "comment_enabled", false, "duet_enabled", false, "stitch_enabled", false), creator.accessToken()));
        conforms("PATCH", "/api/v1/videos/{video_id}", api.patch("/api/v1/videos/" + video, Map.of("privacy", "everyone"),
                creator.accessToken()));
        conforms("DELETE", "/api/v1/videos/{video_id}", api.delete("/api/v1/videos/" + video, fan.accessToken()));
        conforms("DELETE", "/api/v1/videos/{video_id}", api.delete("/api/v1/videos/" + video, creator.accessToken()));

        // Errors: problem+json as the document's default answer describes it.
        conforms("GET", "/api/v1/users/{user_id}", api.get("/api/v1/users/usr_7zzzzzzzzzzzz"));
        conforms("PATCH", "/api/v1/users/me", api.patch("/api/v1/users/me", Map.of("bio", "x".repeat(500)), creator.accessToken()));
        conforms("GET", "/api/v1/users/me", api.get("/api/v1/users/me"));

        assertThat(checked).as("answers checked against the document").hasSizeGreaterThan(30);
        softly.assertAll();
    }

    /**
     * The seed (design notes 001, "6. API Design" and "7. Database Design", copied here because a
     * clone of the repository has no workspace beside it) names the main resources' fields: the
     * document names them the same, at the same paths. Fields the API does not implement yet (duets,
     * stitches, search, analytics) are left out.
     */
    @Test
    void theDocumentNamesTheSeedsResourcesAsTheSeedDoes() {
        // Upload (seed 001, "Video Upload APIs").
        request("POST", "/api/v1/videos/upload/init", "video_duration", "file_size", "video_metadata");
        requestNested("POST", "/api/v1/videos/upload/init", "video_metadata", "width", "height", "fps");
        response("POST", "/api/v1/videos/upload/init", 201, "upload_id", "upload_url", "expires_at");
        request("POST", "/api/v1/videos/upload/complete", "upload_id", "caption", "sound_id", "hashtags", "privacy",
                "duet_enabled", "stitch_enabled", "comment_enabled", "cover_time");
        response("POST", "/api/v1/videos/upload/complete", 201, "video_id", "status", "estimated_completion");
        response("GET", "/api/v1/videos/{video_id}/status", 200, "video_id", "status", "available_qualities", "thumbnail_url", "duration");
        // Playback (seed 001, "Video Playback APIs").
        response("GET", "/api/v1/videos/{video_id}", 200, "video_id", "user", "caption", "sound", "video_urls", "thumbnail_url",
                "duration", "stats", "user_engagement", "created_at");
        nested("GET", "/api/v1/videos/{video_id}", "user", "user_id", "username", "display_name", "avatar_url", "is_verified",
                "follower_count");
        nested("GET", "/api/v1/videos/{video_id}", "sound", "sound_id", "name", "duration", "usage_count");
        nested("GET", "/api/v1/videos/{video_id}", "stats", "views", "likes", "comments", "shares", "saves");
        nested("GET", "/api/v1/videos/{video_id}", "user_engagement", "has_liked", "has_saved", "has_followed");
        request("POST", "/api/v1/videos/{video_id}/view", "watch_time", "completion_rate", "source");
        // Feed (seed 001, "Feed APIs").
        response("GET", "/api/v1/feed/for-you", 200, "videos", "next_cursor", "prefetch_ids");
        response("GET", "/api/v1/feed/following", 200, "videos", "next_cursor");
        operation("GET", "/api/v1/feed/friends");
        // The "new videos" pill above Following and Friends (issue 16).
        response("GET", "/api/v1/feed/following/new", 200, "count");
        response("GET", "/api/v1/feed/friends/new", 200, "count");
        softly.assertThat(propertyNames(document.resolve(property(responseSchema("GET", "/api/v1/feed/for-you", 200), "videos").path("items"))))
                .as("a for-you entry").contains("video_id", "video", "reason");
        // Every reason a card can carry, For You's backfill (rewatch, catalogue) included, so a generated client knows them.
        JsonNode entry = document.resolve(property(responseSchema("GET", "/api/v1/feed/for-you", 200), "videos").path("items"));
        List<String> reasons = new ArrayList<>();
        property(entry, "reason").path("enum").forEach(reason -> reasons.add(reason.asString()));
        softly.assertThat(reasons)
                .as("a for-you entry's reasons").containsExactly("followed_creator", "trending", "popular", "fresh", "topic",
                        "co_engagement", "similar_content", "diverse", "rewatch", "catalogue");
        // Engagement (seed 001, "Engagement APIs").
        response("POST", "/api/v1/videos/{video_id}/like", 201, "likes_count");
        operation("DELETE", "/api/v1/videos/{video_id}/like");
        request("POST", "/api/v1/videos/{video_id}/comments", "text", "parent_comment_id");
        operation("GET", "/api/v1/videos/{video_id}/comments");
        request("POST", "/api/v1/videos/{video_id}/share", "share_type", "platform");
        operation("POST", "/api/v1/videos/{video_id}/save");
        operation("DELETE", "/api/v1/videos/{video_id}/save");
        // A video's lifecycle (issue 18, "Videos").
        request("PATCH", "/api/v1/videos/{video_id}", "caption", "privacy", "comment_enabled", "duet_enabled", "stitch_enabled",
                "cover_time");
        response("PATCH", "/api/v1/videos/{video_id}", 200, "video_id", "caption", "hashtags", "privacy", "video_urls");
        operation("DELETE", "/api/v1/videos/{video_id}");
        // Social and sounds (seed 001, "Social APIs", "Sound APIs").
        operation("POST", "/api/v1/users/{user_id}/follow");
        operation("DELETE", "/api/v1/users/{user_id}/unfollow");
        operation("GET", "/api/v1/users/{user_id}/videos");
        operation("GET", "/api/v1/users/{user_id}/liked");
        operation("GET", "/api/v1/hashtags/{hashtag}/videos");
        response("GET", "/api/v1/sounds/{sound_id}", 200, "sound_id", "name", "author", "duration", "usage_count", "is_original", "audio_url");
        // A profile (seed 001's users table, less what never leaves the server: password_hash, profile_video_id).
        response("GET", "/api/v1/users/{user_id}", 200, "user_id", "username", "display_name", "bio", "avatar_url", "is_verified",
                "is_private", "follower_count", "following_count", "likes_count", "video_count", "created_at");
        // Search (issue 17's contract).
        response("GET", "/api/v1/search/videos", 200, "query", "videos", "next_cursor", "degraded");
        response("GET", "/api/v1/search/users", 200, "query", "users", "next_cursor", "degraded");
        items("GET", "/api/v1/search/users", "users", "user", "relationship");
        response("GET", "/api/v1/search/sounds", 200, "query", "sounds", "next_cursor", "degraded");
        items("GET", "/api/v1/search/sounds", "sounds", "sound_id", "name", "duration", "usage_count", "is_original", "author");
        response("GET", "/api/v1/search/hashtags", 200, "query", "hashtags", "next_cursor", "degraded");
        items("GET", "/api/v1/search/hashtags", "hashtags", "hashtag", "video_count");
        response("GET", "/api/v1/search/suggest", 200, "query", "suggestions", "degraded");
        items("GET", "/api/v1/search/suggest", "suggestions", "type", "text", "user", "hashtag", "video_count", "sound_id",
                "video_id", "thumbnail_url");
        response("GET", "/api/v1/search/recent", 200, "searches");
        items("GET", "/api/v1/search/recent", "searches", "query", "searched_at");
        operation("DELETE", "/api/v1/search/recent");
        // Paged lists take the seed's limit and cursor.
        for (String list : List.of("/api/v1/feed/for-you", "/api/v1/feed/following", "/api/v1/videos/{video_id}/comments",
                "/api/v1/users/{user_id}/videos", "/api/v1/users/{user_id}/liked", "/api/v1/hashtags/{hashtag}/videos",
                "/api/v1/search/videos", "/api/v1/search/users", "/api/v1/search/sounds", "/api/v1/search/hashtags")) {
            softly.assertThat(parameterNames(list)).as("query parameters of GET " + list).contains("limit", "cursor");
        }
        softly.assertAll();
    }

    /** Issue 17's contract (trending, hashtag and sound pages) names its fields so. */
    @Test
    void theDocumentNamesTheTrendingHashtagAndSoundPagesAsTheContractDoes() {
        response("GET", "/api/v1/trending", 200, "videos", "hashtags", "sounds", "creators", "updated_at");
        items("GET", "/api/v1/trending", "hashtags", "hashtag", "video_count", "view_count");
        items("GET", "/api/v1/trending", "sounds", "sound_id", "name", "duration", "usage_count", "is_original", "author");
        items("GET", "/api/v1/trending", "creators", "user", "relationship");
        response("GET", "/api/v1/sounds/trending", 200, "sounds");
        response("GET", "/api/v1/hashtags/{hashtag}", 200, "hashtag", "video_count", "view_count", "challenge");
        response("GET", "/api/v1/hashtags/{hashtag}/videos", 200, "hashtag", "videos", "next_cursor");
        response("GET", "/api/v1/sounds/{sound_id}/videos", 200, "sound_id", "videos", "next_cursor");
        for (String list : List.of("/api/v1/hashtags/{hashtag}/videos", "/api/v1/sounds/{sound_id}/videos")) {
            softly.assertThat(parameterNames(list)).as("query parameters of GET " + list).contains("sort", "limit", "cursor");
        }
        softly.assertThat(parameterNames("/api/v1/trending")).contains("limit");
        softly.assertAll();
    }

    /** Issue 17's challenge endpoints: real answers match the document, which names the contract's fields. */
    @Test
    void challengeAnswersMatchTheDocumentAndTheIssuesContract() {
        Login creator = accounts.signUp();
        Login friend = accounts.signUp();
        String tag = Accounts.uniqueName("contract");
        java.time.Instant now = clock.instant();
        var created = api.post("/api/v1/challenges", Map.of("hashtag", tag, "title", "Contract", "description", "d", "rules", "r",
                "starts_at", now.toString(), "ends_at", now.plus(Duration.ofDays(2)).toString()), creator.accessToken());
        conforms("POST", "/api/v1/challenges", created);
        String challenge = created.text("challenge_id");
        String video = new io.flick.support.PublishedVideos(api, accounts, sampleClips).publish(creator, Map.of("caption", "#" + tag));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                !api.get("/api/v1/challenges/" + challenge + "/leaderboard").json().path("entries").isEmpty());
        conforms("GET", "/api/v1/challenges/{challenge_id}", api.get("/api/v1/challenges/" + challenge));
        conforms("GET", "/api/v1/challenges", api.get("/api/v1/challenges?status=active&limit=2", friend.accessToken()));
        conforms("GET", "/api/v1/challenges/{challenge_id}/leaderboard", api.get("/api/v1/challenges/" + challenge + "/leaderboard"));
        conforms("POST", "/api/v1/challenges/{challenge_id}/invite", api.post("/api/v1/challenges/" + challenge + "/invite",
                Map.of("user_ids", List.of(friend.userId())), creator.accessToken()));
        conforms("GET", "/api/v1/challenges/{challenge_id}", api.get("/api/v1/challenges/chl_7zzzzzzzzzzzz"));
        conforms("POST", "/api/v1/challenges", api.post("/api/v1/challenges", Map.of("hashtag", tag, "title", "Again",
                "starts_at", now.toString(), "ends_at", now.plus(Duration.ofDays(1)).toString()), friend.accessToken()));
        assertThat(video).isNotBlank();

        request("POST", "/api/v1/challenges", "hashtag", "title", "description", "rules", "starts_at", "ends_at", "sound_id",
                "cover_video_id");
        response("POST", "/api/v1/challenges", 201, "challenge_id", "hashtag", "title", "description", "rules", "starts_at",
                "ends_at", "status", "sound", "cover_url", "creator", "entry_count");
        response("GET", "/api/v1/challenges", 200, "challenges", "next_cursor");
        response("GET", "/api/v1/challenges/{challenge_id}/leaderboard", 200, "challenge_id", "frozen", "entries", "next_cursor");
        response("POST", "/api/v1/challenges/{challenge_id}/invite", 202, "invited");
        request("POST", "/api/v1/challenges/{challenge_id}/invite", "user_ids");
        for (String list : List.of("/api/v1/challenges", "/api/v1/challenges/{challenge_id}/leaderboard")) {
            softly.assertThat(parameterNames(list)).as("query parameters of GET " + list).contains("limit", "cursor");
        }
        softly.assertThat(parameterNames("/api/v1/challenges")).contains("status");
        softly.assertAll();
    }

    @Test
    void everyPathVariableQueryParameterAndPropertyOfTheDocumentIsSnakeCase() {
        Map<String, String> names = new java.util.LinkedHashMap<>(); // where -> name
        document.json().path("paths").properties().forEach(path -> {
            var variable = Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
            while (variable.find()) {
                names.put(path.getKey() + " {" + variable.group(1) + "}", variable.group(1));
            }
            path.getValue().properties().forEach(operation -> operation.getValue().path("parameters").forEach(parameter -> {
                if (!"header".equals(parameter.path("in").asString())) {
                    String name = parameter.path("name").asString();
                    names.put(operation.getKey() + " " + path.getKey() + " " + parameter.path("in").asString() + " " + name, name);
                }
            }));
        });
        document.json().path("components").path("schemas").properties().forEach(schema ->
                schema.getValue().path("properties").propertyNames().forEach(property -> names.put(schema.getKey() + "." + property, property)));

        assertThat(names).hasSizeGreaterThan(150);
        assertThat(names.entrySet()).as("names that are not snake_case")
                .filteredOn(entry -> !entry.getValue().matches("[a-z][a-z0-9_]*")).isEmpty();
        // The caller comes from the access token: no operation asks for it as a parameter.
        assertThat(names.keySet()).as("parameters standing for the caller").noneMatch(where -> where.matches(".* query (me|viewer|owner)"));
    }

    private void conforms(String method, String path, Api.Response answer) {
        String template = document.template(path.replaceFirst("^https?://[^/]+", "")).orElse(null);
        String what = method + " " + path + " -> " + answer;
        checked.add(what);
        if (template == null) {
            softly.fail("no operation in the document for " + what);
            return;
        }
        String contentType = answer.header("Content-Type");
        if (answer.status() == 204 || answer.body().isEmpty()) {
            softly.assertThat(document.responseSchema(method, template, answer.status(), "application/json")).as(what).isEmpty();
            return;
        }
        String mediaType = contentType == null ? "" : contentType.replaceFirst(";.*", "").trim().toLowerCase(Locale.ROOT);
        var schema = document.responseSchema(method, template, answer.status(), mediaType);
        if (schema.isEmpty()) {
            softly.fail("the document declares no " + mediaType + " answer " + answer.status() + " for " + method + " " + template
                    + " (" + what + ")");
            return;
        }
        softly.assertThat(document.violations(answer.json(), schema.get())).as(what).isEmpty();
    }

    private JsonNode responseSchema(String method, String template, int status) {
        return document.resolve(document.responseSchema(method, template, status, "application/json")
                .orElseThrow(() -> new AssertionError("no JSON answer " + status + " for " + method + " " + template)));
    }

    private JsonNode property(JsonNode schema, String name) {
        return document.resolve(schema.path("properties").path(name));
    }

    private void operation(String method, String template) {
        softly.assertThat(document.operation(method, template).isMissingNode()).as(method + " " + template + " in the document").isFalse();
    }

    private void request(String method, String template, String... fields) {
        operation(method, template);
        document.requestSchema(method, template).ifPresentOrElse(
                schema -> softly.assertThat(propertyNames(document.resolve(schema))).as("request of " + method + " " + template).contains(fields),
                () -> softly.fail("no JSON request body for " + method + " " + template));
    }

    /** The first field names a nested object of the request (video_metadata), the rest its fields. */
    private void requestNested(String method, String template, String field, String... fields) {
        document.requestSchema(method, template).ifPresent(schema -> softly.assertThat(propertyNames(property(document.resolve(schema), field)))
                .as(field + " of the request of " + method + " " + template).contains(fields));
    }

    private void response(String method, String template, int status, String... fields) {
        operation(method, template);
        if (!document.operation(method, template).isMissingNode()) {
            softly.assertThat(propertyNames(responseSchema(method, template, status))).as(status + " answer of " + method + " " + template)
                    .contains(fields);
        }
    }

    private void nested(String method, String template, String field, String... fields) {
        softly.assertThat(propertyNames(property(responseSchema(method, template, 200), field)))
                .as(field + " in the answer of " + method + " " + template).contains(fields);
    }

    /** The first field names an array of the 200 answer, the rest the fields of its items. */
    private void items(String method, String template, String field, String... fields) {
        softly.assertThat(propertyNames(document.resolve(property(responseSchema(method, template, 200), field).path("items"))))
                .as("items of " + field + " in the answer of " + method + " " + template).contains(fields);
    }

    private List<String> parameterNames(String template) {
        List<String> names = new ArrayList<>();
        document.operation("GET", template).path("parameters").forEach(parameter -> names.add(parameter.path("name").asString()));
        return names;
    }

    private static List<String> propertyNames(JsonNode schema) {
        return new ArrayList<>(schema.path("properties").propertyNames());
    }
}
