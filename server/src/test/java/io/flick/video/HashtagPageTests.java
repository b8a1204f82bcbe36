package io.flick.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.media.samples.SampleClips;
import io.flick.support.Accounts.Login;
import io.flick.support.Api;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;
import io.flick.support.StatementCounter;
import io.flick.support.VideoLists;

/** A hashtag's page: the videos carrying the tag, newest first, as far as each viewer may see them. */
class HashtagPageTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;

    @Autowired
    Hashtags hashtags;

    @Test
    void aHashtagPageListsThePublishedVideosWithTheTagNewestFirst() {
        String tag = uniqueTag();
        var creator = accounts.signUp();
        String first = publish(creator, Map.of("caption", "first #" + tag));
        String untagged = publish(creator, Map.of("caption", "no tag here #" + tag + "x"));
        String second = publish(creator, Map.of("caption", "second", "hashtags", List.of(tag)));
        String third = publish(creator, Map.of("caption", "third #" + tag.toUpperCase() + " #other"));

        var page = api.get("/api/v1/hashtags/" + tag + "/videos");
        assertThat(VideoLists.ids(page)).containsExactly(third, second, first).doesNotContain(untagged);
        assertThat(page.text("hashtag")).isEqualTo(tag);
        assertThat(page.json().path("videos").get(0).path("hashtags").toString()).contains(tag);
        assertThat(page.json().path("next_cursor").isNull()).isTrue();
        // Tags compare in lower case, with or without the # (sent as %23).
        assertThat(VideoLists.ids(api.get("/api/v1/hashtags/%23" + tag.toUpperCase() + "/videos"))).containsExactly(third, second, first);
    }

    @Test
    void theCursorWalksThroughEveryVideoOnce() {
        String tag = uniqueTag();
        var creator = accounts.signUp();
        String first = publish(creator, Map.of("caption", "#" + tag));
        String second = publish(creator, Map.of("caption", "#" + tag));
        String third = publish(creator, Map.of("caption", "#" + tag));

        var page = api.get("/api/v1/hashtags/" + tag + "/videos?limit=2");
        assertThat(VideoLists.ids(page)).containsExactly(third, second);
        String cursor = page.text("next_cursor");
        assertThat(cursor).isNotBlank();
        var rest = api.get("/api/v1/hashtags/" + tag + "/videos?limit=2&cursor=" + cursor);
        assertThat(VideoLists.ids(rest)).containsExactly(first);
        assertThat(rest.json().path("next_cursor").isNull()).isTrue();
    }

    @Test
    void eachViewerSeesOnlyTheTaggedVideosTheirRelationAllows() {
        String tag = uniqueTag();
        var owner = accounts.signUp();
        var friend = accounts.signUp();
        var follower = accounts.signUp();
        var stranger = accounts.signUp();
        api.post("/api/v1/users/" + friend.userId() + "/follow", null, owner.accessToken());
        api.post("/api/v1/users/" + owner.userId() + "/follow", null, friend.accessToken());
        api.post("/api/v1/users/" + owner.userId() + "/follow", null, follower.accessToken());
        String open = publish(owner, Map.of("caption", "#" + tag, "privacy", "public"));
        String close = publish(owner, Map.of("caption", "#" + tag, "privacy", "friends"));
        String secret = publish(owner, Map.of("caption", "#" + tag, "privacy", "private"));

        String path = "/api/v1/hashtags/" + tag + "/videos";
        assertThat(VideoLists.ids(api.get(path, owner.accessToken()))).containsExactly(secret, close, open);
        assertThat(VideoLists.ids(api.get(path, friend.accessToken()))).containsExactly(close, open);
        assertThat(VideoLists.ids(api.get(path, follower.accessToken()))).containsExactly(open);
        assertThat(VideoLists.ids(api.get(path, stranger.accessToken()))).containsExactly(open);
        assertThat(VideoLists.ids(api.get(path))).containsExactly(open);

        api.post("/api/v1/users/" + owner.userId() + "/block", null, stranger.accessToken());
        assertThat(VideoLists.ids(api.get(path, stranger.accessToken()))).isEmpty();
        assertThat(VideoLists.ids(api.get(path, owner.accessToken()))).containsExactly(secret, close, open);

        api.patch("/api/v1/users/me", Map.of("is_private", true), owner.accessToken());
        assertThat(VideoLists.ids(api.get(path))).isEmpty();
        assertThat(VideoLists.ids(api.get(path, follower.accessToken()))).containsExactly(open);
    }

    @Test
    void videosTheViewerMayNotSeeAreSkippedWithoutEndingThePaging() {
        String tag = uniqueTag();
        var visible = accounts.signUp();
        var hidden = accounts.signUp();
        String older = publish(visible, Map.of("caption", "#" + tag));
        publish(hidden, Map.of("caption", "#" + tag, "privacy", "friends"));
        publish(hidden, Map.of("caption", "#" + tag, "privacy", "friends"));

        List<String> seen = new ArrayList<>();
        String cursor = "";
        for (int pages = 0; pages < 10 && cursor != null; pages++) {
            var page = api.get("/api/v1/hashtags/" + tag + "/videos?limit=1" + (cursor.isEmpty() ? "" : "&cursor=" + cursor));
            seen.addAll(VideoLists.ids(page));
            cursor = page.json().path("next_cursor").isNull() ? null : page.text("next_cursor");
        }
        assertThat(seen).containsExactly(older);
        assertThat(cursor).isNull();
    }

    @Test
    void whatIsNotAHashtagIsRefusedWithAStableCode() {
        var badName = api.get("/api/v1/hashtags/not-a-tag/videos");
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.text("code")).isEqualTo("validation_failed");
        assertThat(badName.fieldErrors()).containsExactly("hashtag:invalid");
        assertThat(api.get("/api/v1/hashtags/" + "a".repeat(101) + "/videos").text("code")).isEqualTo("validation_failed");

        var badCursor = api.get("/api/v1/hashtags/fyp/videos?cursor=not-a-cursor");
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.text("code")).isEqualTo("invalid_cursor");
        assertThat(api.get("/api/v1/hashtags/fyp/videos?limit=0").text("code")).isEqualTo("validation_failed");
    }

    @Test
    void aHashtagNobodyUsedIsAnEmptyPage() {
        var page = api.get("/api/v1/hashtags/" + uniqueTag() + "/videos");
        assertThat(VideoLists.ids(page)).isEmpty();
        assertThat(page.json().path("next_cursor").isNull()).isTrue();
    }

    @Test
    void theHashtagPageCountsThePublicVideosWithTheTagAndTheirViews() {
        String tag = uniqueTag();
        var creator = accounts.signUp();
        var other = accounts.signUp();
        String open = publish(creator, Map.of("caption", "#" + tag + " #" + tag + "x", "privacy", "public"));
        String friendsOnly = publish(creator, Map.of("caption", "#" + tag, "privacy", "friends"));
        String others = publish(other, Map.of("caption", "#" + tag.toUpperCase(), "privacy", "public"));
        for (String video : List.of(open, open, others)) {
            assertThat(new Api(port, Api.randomAddress()).post("/api/v1/videos/" + video + "/view",
                    Map.of("watch_time", 1.0, "completion_rate", 0.7, "source", "hashtag")).status()).isEqualTo(204);
        }
        // The friends-only video's views are not the tag's.
        assertThat(api.post("/api/v1/videos/" + friendsOnly + "/view", Map.of("watch_time", 1.0, "completion_rate", 0.7,
                "source", "hashtag"), creator.accessToken()).status()).isEqualTo(204);

        // Views are folded into the counters within a second or so.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> api.get("/api/v1/hashtags/" + tag).json().path("view_count").asLong() == 3);
        var page = api.get("/api/v1/hashtags/%23" + tag.toUpperCase(), creator.accessToken());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.text("hashtag")).isEqualTo(tag);
        assertThat(page.json().path("video_count").asLong()).as("public videos only").isEqualTo(2);
        assertThat(page.json().path("view_count").asLong()).isEqualTo(3);
        assertThat(page.json().has("challenge")).isTrue();
        assertThat(page.json().path("challenge").isNull()).isTrue();

        // Two queries, whatever the number of tags and videos: one for the videos, one for their views.
        assertThat(StatementCounter.count(() -> hashtags.figures(List.of(tag)))).isEqualTo(2);
        assertThat(StatementCounter.count(() -> assertThat(hashtags.figures(List.of(tag, tag + "x")))
                .containsEntry(tag + "x", new Hashtags.Figures(1, 2)))).isEqualTo(2);

        var unused = api.get("/api/v1/hashtags/" + uniqueTag());
        assertThat(unused.status()).isEqualTo(200);
        assertThat(unused.json().path("video_count").asLong()).isZero();
        assertThat(unused.json().path("view_count").asLong()).isZero();
    }

    @Test
    void topOrdersByEngagementAndItsCursorWalksEveryVisibleVideoOnce() {
        String tag = uniqueTag();
        var creator = accounts.signUp();
        var friend = accounts.signUp();
        var stranger = accounts.signUp();
        api.post("/api/v1/users/" + friend.userId() + "/follow", null, creator.accessToken());
        api.post("/api/v1/users/" + creator.userId() + "/follow", null, friend.accessToken());
        String quiet = publish(creator, Map.of("caption", "#" + tag));
        String liked = publish(creator, Map.of("caption", "#" + tag));
        String loved = publish(creator, Map.of("caption", "#" + tag, "privacy", "friends"));
        String newest = publish(creator, Map.of("caption", "#" + tag));
        like(friend, loved);
        like(creator, loved);
        like(stranger, liked);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> likes(creator, loved) == 2
                && likes(creator, liked) == 1);

        String top = "/api/v1/hashtags/" + tag + "/videos?sort=top";
        assertThat(VideoLists.walk(api, top, creator.accessToken())).containsExactly(loved, liked, newest, quiet);
        assertThat(VideoLists.walk(api, top, friend.accessToken())).containsExactly(loved, liked, newest, quiet);
        // No engagement either: the newer first.
        // Those who may not see the friends-only video walk the same order without it, pages short or not.
        assertThat(VideoLists.walk(api, top, stranger.accessToken())).containsExactly(liked, newest, quiet);
        assertThat(VideoLists.walk(api, top, null)).containsExactly(liked, newest, quiet);
        assertThat(VideoLists.walk(api, "/api/v1/hashtags/" + tag + "/videos?sort=recent", null)).containsExactly(newest, liked, quiet);

        api.post("/api/v1/users/" + creator.userId() + "/block", null, stranger.accessToken());
        assertThat(VideoLists.walk(api, top, stranger.accessToken())).isEmpty();

        // A cursor belongs to its order: a recent one is no position in the top list.
        String recentCursor = api.get("/api/v1/hashtags/" + tag + "/videos?limit=1").text("next_cursor");
        var mixed = api.get(top + "&limit=1&cursor=" + recentCursor);
        assertThat(mixed.status()).isEqualTo(400);
        assertThat(mixed.text("code")).isEqualTo("invalid_cursor");
    }

    @Test
    void hostileHashtagsSortsLimitsAndCursorsAreClearProblems() {
        for (String bad : List.of("not-a-tag", "a".repeat(101), "a".repeat(10_000), "tag%00", "%E2%80%AEgat", "%23", "%20")) {
            for (String path : List.of("/api/v1/hashtags/" + bad, "/api/v1/hashtags/" + bad + "/videos")) {
                var answer = api.get(path);
                assertThat(answer.status()).as(path + " " + answer).isBetween(400, 499);
                assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
                // A NUL is refused by the firewall before any controller (malformed_request); a 10,000-character
                // name may be refused by the server's request-line cap.
                if (bad.length() < 1000 && !bad.contains("%00")) {
                    assertThat(answer.text("code")).as(path).isEqualTo("validation_failed");
                }
            }
        }
        var sort = api.get("/api/v1/hashtags/fyp/videos?sort=best");
        assertThat(sort.status()).isEqualTo(400);
        assertThat(sort.fieldErrors()).containsExactly("sort:invalid");
        for (String query : List.of("sort=top&limit=0", "sort=top&limit=1000000", "sort=top&limit=-5", "sort=top&limit=x")) {
            assertThat(api.get("/api/v1/hashtags/fyp/videos?" + query).status()).as(query).isEqualTo(400);
        }
        for (String cursor : List.of("not-a-cursor", "%00", "Yzo6", "x".repeat(5_000))) {
            var answer = api.get("/api/v1/hashtags/fyp/videos?sort=top&cursor=" + cursor);
            assertThat(answer.status()).as(cursor).isEqualTo(400);
            assertThat(answer.text("code")).isEqualTo("invalid_cursor");
        }
    }

    @Test
    void topPagesAreRateLimitedPerCallerAndRecentOnesAreNot() {
        var looper = accounts.signUp();
        String path = "/api/v1/hashtags/" + uniqueTag() + "/videos";
        for (int i = 0; i < 120; i++) {
            assertThat(api.get(path + "?sort=top", looper.accessToken()).status()).isEqualTo(200);
        }
        // The bucket refills gradually (two a second), so the pages past the budget are refused soon after.
        var limited = api.get(path + "?sort=top", looper.accessToken());
        for (int extra = 0; extra < 100 && limited.status() == 200; extra++) {
            limited = api.get(path + "?sort=top", looper.accessToken());
        }
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.text("code")).isEqualTo("rate_limited");
        assertThat(api.get(path + "?sort=recent", looper.accessToken()).status()).isEqualTo(200);
        assertThat(api.get(path + "?sort=top", accounts.signUp().accessToken()).status()).as("another caller").isEqualTo(200);
    }


    private long likes(Login viewer, String video) {
        return api.get("/api/v1/videos/" + video, viewer.accessToken()).json().path("stats").path("likes").asLong();
    }

    private void like(Login user, String video) {
        var answer = api.post("/api/v1/videos/" + video + "/like", null, user.accessToken());
        assertThat(answer.status()).as(answer.toString()).isLessThan(300);
    }

    private static String uniqueTag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }


    private String publish(Login owner, Map<String, Object> details) {
        return new PublishedVideos(api, accounts, sampleClips).publish(owner, details);
    }
}
