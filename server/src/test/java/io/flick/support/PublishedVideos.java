package io.flick.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import io.flick.media.samples.SampleClip;
import io.flick.media.samples.SampleClips;

/** Publishes a short generated clip through the real pipeline and waits until it plays. */
public final class PublishedVideos {

    private final Api api;
    private final Accounts accounts;
    private final Clips clips;

    public PublishedVideos(Api api, Accounts accounts, SampleClips sampleClips) {
        this.api = api;
        this.accounts = accounts;
        this.clips = new Clips(sampleClips);
    }

    /** @return the published video's id */
    public String publish(Accounts.Login owner, Map<String, Object> details) {
        String video = new Uploads(api).publish(owner, clips.bytes(SampleClip.portrait(1.5, 440)), details).text("video_id");
        // A fresh login each poll: tests may have moved the clock past the owner's first token.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> "published".equals(
                api.get("/api/v1/videos/" + video + "/status", accounts.logIn(owner).accessToken()).text("status")));
        return video;
    }

    public String publish(Accounts.Login owner, String privacy) {
        return publish(owner, Map.of("privacy", privacy));
    }
}
