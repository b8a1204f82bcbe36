package io.flick.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.media.samples.SampleClips;
import io.flick.support.Accounts.Login;
import io.flick.support.Api;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;

class CommentTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;

    @Test
    void commentsAndRepliesFormThreadsAndCount() {
        var owner = accounts.signUp();
        var fan = accounts.signUp();
        String video = publish(owner, Map.of());

        var first = comment(fan, video, "  so good 🔥  ", null);
        var second = comment(owner, video, "thanks @" + fan.username(), null);
        var reply = comment(owner, video, "glad you like it", first.text("comment_id"));
        var replyToReply = comment(fan, video, "!!!", reply.text("comment_id"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.text("comment_id")).startsWith("cmt_");
        assertThat(first.text("text")).isEqualTo("so good 🔥");
        assertThat(first.json().path("user").path("user_id").asString()).isEqualTo(fan.userId());
        assertThat(replyToReply.text("parent_comment_id")).isEqualTo(first.text("comment_id")); // one level of replies

        assertThat(ids(api.get("/api/v1/videos/" + video + "/comments"))).containsExactly(second.text("comment_id"),
                first.text("comment_id"));
        var top = api.get("/api/v1/videos/" + video + "/comments?order=top").json().path("comments");
        assertThat(top.get(0).path("reply_count").asInt() + top.get(1).path("reply_count").asInt()).isEqualTo(2);
        assertThat(ids(api.get("/api/v1/comments/" + first.text("comment_id") + "/replies")))
                .containsExactly(reply.text("comment_id"), replyToReply.text("comment_id"));
        await().atMost(Duration.ofSeconds(5)).until(() -> api.get("/api/v1/videos/" + video).json()
                .path("stats").path("comments").asLong() == 4);
    }

    @Test
    void commentsAreLikedOnceAndMostLikedComeFirstOnRequest() {
        var owner = accounts.signUp();
        var fan = accounts.signUp();
        String video = publish(owner, Map.of());
        var plain = comment(fan, video, "first", null);
        var popular = comment(fan, video, "second", null);

        api.post("/api/v1/comments/" + popular.text("comment_id") + "/like", null, owner.accessToken());
        api.post("/api/v1/comments/" + popular.text("comment_id") + "/like", null, owner.accessToken());

        var top = api.get("/api/v1/videos/" + video + "/comments?order=top", owner.accessToken()).json().path("comments");
        assertThat(top.get(0).path("comment_id").asString()).isEqualTo(popular.text("comment_id"));
        assertThat(top.get(0).path("like_count").asInt()).isEqualTo(1);
        assertThat(top.get(0).path("has_liked").asBoolean()).isTrue();
        assertThat(top.get(1).path("comment_id").asString()).isEqualTo(plain.text("comment_id"));
        assertThat(api.delete("/api/v1/comments/" + popular.text("comment_id") + "/like", owner.accessToken()).status())
                .isEqualTo(204);
    }

    @Test
    void authorsDeleteTheirCommentsAndCreatorsAnyOnTheirVideo() {
        var owner = accounts.signUp();
        var fan = accounts.signUp();
        var other = accounts.signUp();
        String video = publish(owner, Map.of());
        var byFan = comment(fan, video, "mine", null);
        var byOther = comment(other, video, "rude", null);

        assertThat(api.delete("/api/v1/comments/" + byFan.text("comment_id"), other.accessToken()).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/comments/" + byFan.text("comment_id"), fan.accessToken()).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/comments/" + byOther.text("comment_id"), owner.accessToken()).status()).isEqualTo(204);
        assertThat(ids(api.get("/api/v1/videos/" + video + "/comments"))).isEmpty();
        assertThat(api.delete("/api/v1/comments/" + byFan.text("comment_id"), fan.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void badCommentsAreRefused() {
        var owner = accounts.signUp();
        var fan = accounts.signUp();
        String open = publish(owner, Map.of());
        String closed = publish(owner, Map.of("comment_enabled", false));

        assertThat(comment(fan, open, "   ", null).fieldErrors()).containsExactly("text:length");
        assertThat(comment(fan, open, "x".repeat(151), null).fieldErrors()).containsExactly("text:length");
        assertThat(comment(fan, open, "🔥".repeat(150), null).status()).isEqualTo(201);
        assertThat(comment(fan, open, "bell\u0007", null).fieldErrors()).containsExactly("text:control_characters");
        assertThat(comment(fan, closed, "hello", null).text("code")).isEqualTo("comments_disabled");
        assertThat(comment(fan, open, "hi", "cmt_0000000000001").status()).isEqualTo(404);
        assertThat(comment(null, open, "hi", null).status()).isEqualTo(401);
    }

    @Test
    void commentsFollowTheVideosVisibilityAndBlocks() {
        var owner = accounts.signUp();
        var stranger = accounts.signUp();
        var troll = accounts.signUp();
        String secret = publish(owner, Map.of("privacy", "private"));
        String open = publish(owner, Map.of());
        comment(troll, open, "troll comment", null);

        assertThat(comment(stranger, secret, "hello", null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/videos/" + secret + "/comments", stranger.accessToken()).status()).isEqualTo(404);

        api.post("/api/v1/users/" + troll.userId() + "/block", null, owner.accessToken());
        assertThat(ids(api.get("/api/v1/videos/" + open + "/comments", owner.accessToken()))).isEmpty();
        assertThat(ids(api.get("/api/v1/videos/" + open + "/comments"))).hasSize(1);
        assertThat(comment(troll, open, "again", null).status()).isEqualTo(404);
    }

    private Api.Response comment(Login user, String video, String text, String parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        if (parent != null) {
            body.put("parent_comment_id", parent);
        }
        return api.post("/api/v1/videos/" + video + "/comments", body, user == null ? null : user.accessToken());
    }

    private static List<String> ids(Api.Response response) {
        List<String> ids = new ArrayList<>();
        response.json().path("comments").forEach(c -> ids.add(c.path("comment_id").asString()));
        return ids;
    }

    private String publish(Login owner, Map<String, Object> details) {
        return new PublishedVideos(api, accounts, sampleClips).publish(owner, details);
    }
}
