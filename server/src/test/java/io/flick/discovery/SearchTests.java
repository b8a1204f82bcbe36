package io.flick.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.flick.media.samples.SampleClips;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.support.Accounts.Login;
import io.flick.support.Api;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;
import io.flick.video.Privacy;
import io.flick.video.VideoDeleted;
import io.flick.video.VideoEdited;

/**
 * Search over the real index (Lucene on disk, kept current from events) and the real database:
 * relevance (typos, prefixes, accents, CJK, emoji), query text that is never syntax, and what each
 * caller may find. Every test makes up its own words, so the shared server's other data never matches.
 */
class SearchTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aVideoIsFoundByItsCaptionHashtagsAndCreatorWhateverTheAccentsCase() {
        String word = word(8);
        String tag = word(7);
        var creator = accounts.signUp();
        String video = publish(creator, Map.of("caption", "Café crème " + word + " #" + tag));

        await().until(() -> videos(word, null), ids -> ids.contains(video));
        assertThat(videos("cafe CREME " + word.toUpperCase(), null)).containsExactly(video);
        assertThat(videos("#" + tag, null)).containsExactly(video);
        assertThat(videos(creator.username() + " " + word, null)).containsExactly(video);
        var answer = search("videos", word, null);
        assertThat(answer.text("query")).isEqualTo(word);
        assertThat(answer.json().path("degraded").asBoolean()).isFalse();
        assertThat(answer.json().path("videos").get(0).path("user").path("username").asString()).isEqualTo(creator.username());
    }

    @Test
    void queryTextIsNeverSyntaxSpecialCharactersAndOperatorsAreJustText() {
        String word = word(8);
        var creator = accounts.signUp();
        String video = publish(creator, Map.of("caption", word + " and friends"));
        await().until(() -> videos(word, null), ids -> ids.contains(video));

        assertThat(videos("\"" + word + "*:(~^\\", null)).containsExactly(video);
        assertThat(videos(word + " AND", null)).containsExactly(video);
        // OR and NOT are words the caption lacks, not operators.
        assertThat(videos(word + " OR NOT", null)).isEmpty();
        for (String syntax : List.of("\"*:(~^\\", "*", "*:*", "(", "\\", "~", "AND OR NOT", "title:x^9")) {
            var answer = search("videos", syntax, null);
            assertThat(answer.status()).as(syntax).isEqualTo(200);
            assertThat(search("users", syntax, null).status()).as(syntax).isEqualTo(200);
            assertThat(search("hashtags", syntax, null).status()).as(syntax).isEqualTo(200);
            assertThat(search("sounds", syntax, null).status()).as(syntax).isEqualTo(200);
            assertThat(api.get("/api/v1/search/suggest?q=" + encode(syntax)).status()).as(syntax).isEqualTo(200);
        }
        assertThat(ids(search("videos", "*:*", null))).doesNotContain(video);
    }

    @Test
    void badQueriesAreRefusedWithAFieldError() {
        for (String kind : List.of("videos", "users", "sounds", "hashtags", "suggest")) {
            for (String q : List.of("", "   ", "x".repeat(101), "x".repeat(5_000), "a\u0000b", "a\u0007b")) {
                var answer = api.get("/api/v1/search/" + kind + "?q=" + encode(q));
                assertThat(answer.status()).as(kind + " " + q.length()).isEqualTo(400);
                assertThat(answer.text("code")).isEqualTo("validation_failed");
                assertThat(answer.fieldErrors()).singleElement().asString().startsWith("q:");
            }
            assertThat(api.get("/api/v1/search/" + kind).status()).isEqualTo(400);
            // 10,000 characters do not fit a request line (the server's 8 KB limit): refused before the
            // application, as a malformed request.
            var huge = api.get("/api/v1/search/" + kind + "?q=" + "x".repeat(10_000));
            assertThat(huge.status()).isEqualTo(400);
            assertThat(huge.header("Content-Type")).startsWith("application/problem+json");
            assertThat(huge.text("code")).isIn("validation_failed", "malformed_request");
        }
        // Bidirectional controls are removed, not refused: the rest is searched.
        assertThat(search("videos", "\u202Eabc", null).text("query")).isEqualTo("abc");
        assertThat(search("videos", "x".repeat(100), null).status()).isEqualTo(200);
        for (String limit : List.of("0", "-1", "51", "99999999999", "abc")) {
            assertThat(api.get("/api/v1/search/videos?q=x&limit=" + limit).status()).as(limit).isEqualTo(400);
        }
    }

    @Test
    void emojiOnlyAndCjkQueriesFindTheirCaptions() {
        String word = word(8);
        var creator = accounts.signUp();
        String video = publish(creator, Map.of("caption", "🦊🌋 " + word + " 狐狸跳舞"));
        await().until(() -> videos(word, null), ids -> ids.contains(video));

        assertThat(videos("🌋", null)).contains(video);
        assertThat(videos("🦊 " + word, null)).containsExactly(video);
        assertThat(videos("狐狸 " + word, null)).containsExactly(video);
        assertThat(videos("跳舞" + " " + word, null)).containsExactly(video);
        assertThat(videos("狐狸跳舞", null)).contains(video);
        assertThat(videos("🐙 " + word, null)).isEmpty();
    }

    @Test
    void aMisspeltLongWordIsFoundAShortOneIsNotAndExactOutranksTheTypo() {
        String longWord = word(8);
        String shortWord = word(4);
        var creator = accounts.signUp();
        String typoed = publish(creator, Map.of("caption", typo(longWord) + " " + shortWord));
        String exact = publish(creator, Map.of("caption", longWord));
        await().until(() -> videos(longWord, null), ids -> ids.size() == 2);

        assertThat(videos(longWord, null)).containsExactly(exact, typoed);
        assertThat(videos(typo(longWord), null)).containsExactly(typoed, exact);
        assertThat(videos(shortWord, null)).containsExactly(typoed);
        assertThat(videos(typo(shortWord), null)).isEmpty();
        // The first letter is never a typo (a fuzzy match keeps it), so no query scans every word.
        String firstLetterWrong = (longWord.charAt(0) == 'a' ? "b" : "a") + longWord.substring(1);
        assertThat(videos(firstLetterWrong, null)).isEmpty();
    }

    @Test
    void amongEqualMatchesTheFresherRanksFirstUntilTheOlderIsLikedMore() {
        String word = word(8);
        var creator = accounts.signUp();
        String liked = publish(creator, Map.of("caption", word));
        String other = publish(creator, Map.of("caption", word));
        await().until(() -> videos(word, null), ids -> ids.size() == 2);
        // Equal matches: the fresher first.
        assertThat(videos(word, null)).containsExactly(other, liked);

        for (int i = 0; i < 3; i++) {
            var fan = accounts.signUp();
            assertThat(api.post("/api/v1/videos/" + liked + "/like", null, fan.accessToken()).status()).isLessThan(300);
        }
        // Likes reach the ranking figures in rounds (flick.search.engagement-flush, 5 s by default).
        await().atMost(Duration.ofSeconds(30)).until(() -> videos(word, null), ids -> ids.equals(List.of(liked, other)));
    }

    @Test
    void typeAheadSuggestsPeopleHashtagsSoundsAndVideosByPrefix() {
        String word = word(9);
        String tag = word(9);
        var creator = accounts.signUp(word + "x", word + "@example.com");
        String video = publish(creator, Map.of("caption", "clip #" + tag));
        await().until(() -> videos(tag, null), ids -> ids.contains(video));

        var users = api.get("/api/v1/search/suggest?q=" + word.substring(0, 5));
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.json().path("suggestions").toString()).contains("\"type\":\"user\"", creator.userId());
        var tags = api.get("/api/v1/search/suggest?q=%23" + tag.substring(0, 4)).json().path("suggestions");
        List<String> hashtags = new ArrayList<>();
        tags.forEach(item -> {
            if (item.path("type").asString().equals("hashtag")) {
                hashtags.add(item.path("hashtag").asString() + ":" + item.path("video_count").asLong());
            }
        });
        assertThat(hashtags).contains(tag + ":1");
        var videoSuggestion = api.get("/api/v1/search/suggest?q=" + tag.substring(0, 6)).json().path("suggestions");
        assertThat(videoSuggestion.toString()).contains("\"type\":\"video\"", video, "thumbnail_url");
        // The creator's original sound is "Original sound - @<username>".
        assertThat(api.get("/api/v1/search/suggest?q=original+sound+" + word.substring(0, 6)).json().path("suggestions")
                .toString()).contains("\"type\":\"sound\"");
        assertThat(api.get("/api/v1/search/suggest?q=" + word.charAt(0)).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/search/suggest?q=" + word.substring(0, 5)).json().path("suggestions").size())
                .isLessThanOrEqualTo(10);
    }

    @Test
    void typeAheadSuggestsAVideoFromThreeLettersOfItsWordsNotFromTwo() {
        String word = word(9);
        var creator = accounts.signUp(word + "y", word + "y@example.com");
        String video = publish(creator, Map.of("caption", "clip " + word));
        await().until(() -> videos(word, null), ids -> ids.contains(video));

        // A two-letter prefix matches nearly every caption of a real catalogue: videos wait for a third letter.
        assertThat(api.get("/api/v1/search/suggest?q=" + word.substring(0, 2), creator.accessToken()).json()
                .path("suggestions").toString()).doesNotContain(video);
        assertThat(api.get("/api/v1/search/suggest?q=" + word.substring(0, 3), creator.accessToken()).json()
                .path("suggestions").toString()).contains("\"type\":\"video\"", video);
    }

    @Test
    void aDeletedVideoVanishesAndAnEditedOneIsFoundByItsNewWordsOnly() {
        String old = word(8);
        String fresh = word(8);
        String gone = word(8);
        var creator = accounts.signUp();
        String edited = publish(creator, Map.of("caption", old));
        String deleted = publish(creator, Map.of("caption", gone + " #" + gone));
        await().until(() -> videos(old + "", null).contains(edited) && videos(gone, null).contains(deleted));

        VideoId id = VideoId.parse(edited);
        transaction.executeWithoutResult(status -> {
            // What the lifecycle work's PATCH does, until it lands: the new caption, then the event.
            jdbc.sql("UPDATE video.videos SET caption = ? WHERE id = ?").params(fresh, id.value()).update();
            events.publishEvent(new VideoEdited(id, UserId.parse(creator.userId()), Privacy.PUBLIC, fresh,
                    List.of(), List.of(), Instant.now()));
        });
        transaction.executeWithoutResult(status -> events.publishEvent(new VideoDeleted(
                VideoId.parse(deleted), UserId.parse(creator.userId()), null,
                List.of(gone), Instant.now())));

        await().until(() -> videos(fresh, null), ids -> ids.contains(edited));
        assertThat(videos(old, null)).isEmpty();
        await().until(() -> videos(gone, null), List::isEmpty);
        assertThat(hashtags(gone, null)).isEmpty();
    }

    @Test
    void aPrivateVideoIsNeverFoundByAStrangerNorAFriendsOnlyOneByAFollower() {
        String word = word(8);
        var owner = accounts.signUp();
        var follower = accounts.signUp();
        var stranger = accounts.signUp();
        api.post("/api/v1/users/" + owner.userId() + "/follow", null, follower.accessToken());
        String open = publish(owner, Map.of("caption", word + " #" + word, "privacy", "public"));
        String close = publish(owner, Map.of("caption", word + " #" + word, "privacy", "friends"));
        String secret = publish(owner, Map.of("caption", word + " #" + word + " secretword" + word, "privacy", "private"));
        await().until(() -> videos(word, owner.accessToken()), ids -> ids.size() == 3);

        assertThat(videos(word, owner.accessToken())).containsExactlyInAnyOrder(open, close, secret);
        assertThat(videos(word, follower.accessToken())).containsExactly(open);
        assertThat(videos(word, stranger.accessToken())).containsExactly(open);
        assertThat(videos(word, null)).containsExactly(open);
        assertThat(videos("secretword" + word, stranger.accessToken())).isEmpty();
        // The tag counts the public video only.
        assertThat(hashtags(word, stranger.accessToken())).containsExactly(word + ":1");
        assertThat(api.get("/api/v1/search/suggest?q=secretword" + word, stranger.accessToken()).json()
                .path("suggestions").toString()).doesNotContain(secret);

        api.patch("/api/v1/users/me", Map.of("is_private", true), owner.accessToken());
        await().until(() -> hashtags(word, null), List::isEmpty);
        assertThat(videos(word, null)).isEmpty();
        assertThat(videos(word, follower.accessToken())).containsExactly(open);
    }

    @Test
    void aBlockHidesTheUserAndTheirVideosSoundsAndTagsInEveryListBothWays() {
        String word = word(8);
        var blocker = accounts.signUp();
        var blocked = accounts.signUp(word + "b", word + "@example.com");
        String video = publish(blocked, Map.of("caption", word + " #" + word));
        await().until(() -> videos(word, blocker.accessToken()), ids -> ids.contains(video));
        assertThat(users(word, blocker.accessToken())).contains(blocked.userId());

        api.post("/api/v1/users/" + blocked.userId() + "/block", null, blocker.accessToken());
        for (Login viewer : List.of(blocker, blocked)) {
            Login other = viewer == blocker ? blocked : blocker;
            String token = viewer.accessToken();
            assertThat(users(other.username(), token)).doesNotContain(other.userId());
            assertThat(api.get("/api/v1/search/suggest?q=" + other.username(), token).json().toString())
                    .doesNotContain(other.userId());
        }
        String token = blocker.accessToken();
        assertThat(videos(word, token)).isEmpty();
        assertThat(hashtags(word, token)).isEmpty();
        assertThat(sounds(blocked.username(), token)).isEmpty();
        assertThat(api.get("/api/v1/search/suggest?q=" + word, token).json().toString())
                .doesNotContain(video).doesNotContain(blocked.userId()).doesNotContain("\"hashtag\":\"" + word);
        // Everyone else still finds them.
        assertThat(videos(word, null)).containsExactly(video);
        assertThat(sounds(blocked.username(), null)).hasSize(1);
        assertThat(hashtags(word, null)).containsExactly(word + ":1");
    }

    @Test
    void aRenamedUserIsFoundByTheNewNameWithinTwoSecondsAndTheirVideosToo() {
        var user = accounts.signUp();
        String video = publish(user, Map.of("caption", "renamed " + word(8)));
        await().until(() -> users(user.username(), null), ids -> ids.contains(user.userId()));
        String renamed = word(10);
        String display = word(9);

        var changed = api.patch("/api/v1/users/me", Map.of("username", renamed, "display_name", "Zoë " + display),
                user.accessToken());
        assertThat(changed.status()).as(changed.toString()).isLessThan(300);
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> users(renamed, null), ids -> ids.contains(user.userId()));
        assertThat(users("zoe " + display, null)).containsExactly(user.userId());
        await().until(() -> videos(renamed, null), ids -> ids.contains(video));
        assertThat(users(user.username(), null)).doesNotContain(user.userId());
        var person = search("users", renamed, user.accessToken()).json().path("users").get(0);
        assertThat(person.path("relationship").asString()).isEqualTo("self");
        assertThat(search("users", renamed, null).json().path("users").get(0).path("user").path("username").asString())
                .isEqualTo(renamed);
    }

    @Test
    void searchingUsersSaysHowTheCallerStandsTowardsEach() {
        String word = word(8);
        var followed = accounts.signUp(word + "f", word + "f@example.com");
        var viewer = accounts.signUp();
        api.post("/api/v1/users/" + followed.userId() + "/follow", null, viewer.accessToken());
        await().until(() -> users(word, null), ids -> ids.contains(followed.userId()));

        var person = search("users", word, viewer.accessToken()).json().path("users").get(0);
        assertThat(person.path("user").path("user_id").asString()).isEqualTo(followed.userId());
        assertThat(person.path("relationship").asString()).isEqualTo("following");
    }

    @Test
    void recentSearchesAreListedNewestFirstRemovedOneByOneOrAllAndNeverAnotherUsers() {
        var user = accounts.signUp();
        var other = accounts.signUp();
        String token = user.accessToken();
        String recentFirst = "first " + word(5);
        search("videos", recentFirst, token);
        String second = "second " + word(5);
        search("users", second, token);
        String third = "third " + word(5);
        search("hashtags", third, token);
        var cursorPage = search("videos", "paged " + word(5), token);
        assertThat(cursorPage.status()).isEqualTo(200);
        api.get("/api/v1/search/suggest?q=suggested", token);
        search("sounds", second, token);

        // The same query again moved to the top; type-ahead recorded nothing.
        assertThat(recent(token)).containsExactly(second, cursorPage.text("query"), third, recentFirst)
                .doesNotContain("suggested");
        assertThat(recent(other.accessToken())).isEmpty();
        assertThat(api.delete("/api/v1/search/recent?query=" + encode(third), token).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/search/recent?query=never-searched", token).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/search/recent?query=" + encode(second), other.accessToken()).status()).isEqualTo(204);
        assertThat(recent(token)).contains(second).doesNotContain(third).hasSize(3);
        assertThat(api.delete("/api/v1/search/recent", token).status()).isEqualTo(204);
        assertThat(recent(token)).isEmpty();

        for (int i = 0; i < 22; i++) {
            search("videos", "many " + i, token);
        }
        assertThat(recent(token)).hasSize(20).startsWith("many 21").doesNotContain("many 0", "many 1");
        assertThat(api.get("/api/v1/search/recent").status()).isEqualTo(401);
        assertThat(api.delete("/api/v1/search/recent", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/search/recent").text("code")).isEqualTo("unauthenticated");
    }

    @Test
    void hostileCursorsAreRefusedOrEndTheListNeverAServerError() {
        String word = word(8);
        var creator = accounts.signUp();
        publish(creator, Map.of("caption", word + " one"));
        publish(creator, Map.of("caption", word + " two"));
        await().until(() -> videos(word, null), ids -> ids.size() == 2);

        var first = search("videos?limit=1&q=", word, null);
        assertThat(ids(first)).hasSize(1);
        String cursor = first.text("next_cursor");
        var second = api.get("/api/v1/search/videos?limit=1&q=" + word + "&cursor=" + cursor);
        assertThat(ids(second)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
        // A cursor of another query, or of another kind, is not a position in this list.
        assertThat(api.get("/api/v1/search/videos?q=other&cursor=" + cursor).text("code")).isEqualTo("invalid_cursor");
        assertThat(api.get("/api/v1/search/users?q=" + word + "&cursor=" + cursor).text("code")).isEqualTo("invalid_cursor");
        for (String bad : List.of("x", "%00", "-1", "Yzo=", "a".repeat(5000))) {
            for (String kind : List.of("videos", "users", "sounds", "hashtags")) {
                var answer = api.get("/api/v1/search/" + kind + "?q=" + word + "&cursor=" + bad);
                assertThat(answer.status()).as(kind + " " + bad).isEqualTo(400);
                assertThat(answer.text("code")).isIn("invalid_cursor", "validation_failed");
            }
        }
        // A well-formed cursor far down (or before the start) ends the list.
        for (long rank : List.of(5_000L, Long.MAX_VALUE, -5L)) {
            for (String kind : List.of("videos", "users", "sounds", "hashtags")) {
                String forged = io.flick.shared.Cursor.of(rank).encode("search:" + kind + ":" + word);
                var answer = api.get("/api/v1/search/" + kind + "?q=" + word + "&cursor=" + forged);
                assertThat(answer.status()).as(kind + " " + rank).isEqualTo(200);
                assertThat(answer.json().path("next_cursor").isNull()).isTrue();
            }
        }
    }

    @Test
    void aCallerWhoSearchesTooFastIsToldToSlowDown() {
        Api visitor = new Api(port);
        Api.Response answer = null;
        for (int i = 0; i < 1_000 && (answer == null || answer.status() == 200); i++) {
            answer = visitor.get("/api/v1/search/hashtags?q=z");
        }
        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.text("code")).isEqualTo("rate_limited");
        assertThat(answer.header("Retry-After")).isNotBlank();
        // Another caller's budget is untouched.
        assertThat(new Api(port).get("/api/v1/search/users?q=z").status()).isEqualTo(200);
    }

    // --- helpers

    private Api.Response search(String kind, String q, String token) {
        String path = kind.contains("?") ? "/api/v1/search/" + kind + encode(q) : "/api/v1/search/" + kind + "?q=" + encode(q);
        return token == null ? api.get(path) : api.get(path, token);
    }

    private List<String> videos(String q, String token) {
        return ids(search("videos", q, token));
    }

    private List<String> users(String q, String token) {
        var answer = search("users", q, token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().path("users").forEach(person -> ids.add(person.path("user").path("user_id").asString()));
        return ids;
    }

    private List<String> sounds(String q, String token) {
        var answer = search("sounds", q, token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().path("sounds").forEach(sound -> ids.add(sound.path("sound_id").asString()));
        return ids;
    }

    private List<String> hashtags(String q, String token) {
        var answer = search("hashtags", q, token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<String> tags = new ArrayList<>();
        answer.json().path("hashtags").forEach(tag -> tags.add(tag.path("hashtag").asString() + ":"
                + tag.path("video_count").asLong()));
        return tags;
    }

    private List<String> recent(String token) {
        var answer = api.get("/api/v1/search/recent", token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<String> queries = new ArrayList<>();
        answer.json().path("searches").forEach(search -> queries.add(search.path("query").asString()));
        return queries;
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().path("videos").forEach(card -> ids.add(card.path("video_id").asString()));
        return ids;
    }

    private String publish(Login owner, Map<String, Object> details) {
        return new PublishedVideos(api, accounts, sampleClips).publish(owner, details);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A made-up word of lower-case letters (no digits: they would make it another kind of token). */
    static String word(int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    /** One letter changed, not the first. */
    static String typo(String word) {
        int at = word.length() / 2;
        char changed = word.charAt(at) == 'z' ? 'y' : (char) (word.charAt(at) + 1);
        return word.substring(0, at) + changed + word.substring(at + 1);
    }
}
