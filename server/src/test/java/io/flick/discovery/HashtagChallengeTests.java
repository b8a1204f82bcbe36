package io.flick.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.flick.support.IntegrationTest;

/** A hashtag page names the tag's challenge, as far as the caller may see it. */
class HashtagChallengeTests extends IntegrationTest {

    @Test
    void aHashtagPageShowsItsChallengeExceptAcrossABlock() {
        String tag = "hc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var creator = accounts.signUp();
        var viewer = accounts.signUp();
        Instant now = clock.instant();
        var created = api.post("/api/v1/challenges", Map.of("hashtag", tag, "title", "Spin", "description", "Spin around",
                "rules", "one spin", "starts_at", now.toString(), "ends_at", now.plus(Duration.ofDays(3)).toString()),
                creator.accessToken());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        var page = api.get("/api/v1/hashtags/%23" + tag.toUpperCase(), viewer.accessToken());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.json().path("challenge").path("challenge_id").asString()).isEqualTo(created.text("challenge_id"));
        assertThat(page.json().path("challenge").path("title").asString()).isEqualTo("Spin");
        assertThat(page.json().path("challenge").path("status").asString()).isEqualTo("active");
        assertThat(api.get("/api/v1/hashtags/" + tag).json().path("challenge").path("challenge_id").asString())
                .as("a visitor").isEqualTo(created.text("challenge_id"));

        api.post("/api/v1/users/" + viewer.userId() + "/block", null, creator.accessToken());
        var blocked = api.get("/api/v1/hashtags/" + tag, viewer.accessToken());
        assertThat(blocked.status()).isEqualTo(200);
        assertThat(blocked.json().path("challenge").isNull()).isTrue();
        assertThat(api.get("/api/v1/hashtags/other" + tag).json().path("challenge").isNull()).isTrue();
    }
}
