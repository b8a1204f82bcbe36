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

/** A hashtag's page: the videos carrying the tag, newest first, as far as each viewer may see them. */
class HashtagPageTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;

    @Test
    void aHashtagPageListsThePublishedVideosWithTheTagNewestFirst() {
        String tag = uniqueTag();
        var creator = accounts.signUp();
        String first = publish(creator, Map.of("caption", "first #" + tag));
        String untagged = publish(creator, Map.of("caption", "no tag here #" + tag + "x"));
        String second = publish(creator, Map.of("caption", "second", "hashtags", List.of(tag)));
        String third = publish(creator, Map.of("caption", "third #" + tag.toUpperCase() + " #other"));

        var page = api.get("/api/v1/hashtags/" + tag + "/videos");
        assertThat(ids(page)).containsExactly(third, second, first).doesNotContain(untagged);
        assertThat(page.text("hashtag")).isEqualTo(tag);
        assertThat(page.json().path("videos").get(0).path("hashtags").toString()).contains(tag);
        assertThat(page.json().path("next_cursor").isNull()).isTrue();
        // Tags compare in lower case, with or without the # (sent as %23).
        assertThat(ids(api.get("/api/v1/hashtags/%23" + tag.toUpperCase() + "/videos"))).containsExactly(third, second, first);
    }

    @Test
    void theCursorWalksThroughEveryVideoOnce() {
        String tag = uniqueTag();
        var creator = accounts.signUp();
        String first = publish(creator, Map.of("caption", "#" + tag));
        String second = publish(creator, Map.of("caption", "#" + tag));
        String third = publish(creator, Map.of("caption", "#" + tag));

        var page = api.get("/api/v1/hashtags/" + tag + "/videos?limit=2");
        assertThat(ids(page)).containsExactly(third, second);
        String cursor = page.text("next_cursor");
        assertThat(cursor).isNotBlank();
        var rest = api.get("/api/v1/hashtags/" + tag + "/videos?limit=2&cursor=" + cursor);
        assertThat(ids(rest)).containsExactly(first);
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
        assertThat(ids(api.get(path, owner.accessToken()))).containsExactly(secret, close, open);
        assertThat(ids(api.get(path, friend.accessToken()))).containsExactly(close, open);
        assertThat(ids(api.get(path, follower.accessToken()))).containsExactly(open);
        assertThat(ids(api.get(path, stranger.accessToken()))).containsExactly(open);
        assertThat(ids(api.get(path))).containsExactly(open);

        api.post("/api/v1/users/" + owner.userId() + "/block", null, stranger.accessToken());
        assertThat(ids(api.get(path, stranger.accessToken()))).isEmpty();
        assertThat(ids(api.get(path, owner.accessToken()))).containsExactly(secret, close, open);

        api.patch("/api/v1/users/me", Map.of("is_private", true), owner.accessToken());
        assertThat(ids(api.get(path))).isEmpty();
        assertThat(ids(api.get(path, follower.accessToken()))).containsExactly(open);
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
            seen.addAll(ids(page));
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
        assertThat(ids(page)).isEmpty();
        assertThat(page.json().path("next_cursor").isNull()).isTrue();
    }

    private static String uniqueTag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
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
}
