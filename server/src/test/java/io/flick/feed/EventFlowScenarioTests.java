package io.flick.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import io.flick.engagement.VideoLiked;
import io.flick.feed.model.FeedState;
import io.flick.media.samples.SampleClip;
import io.flick.media.samples.SampleClips;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.support.Accounts;
import io.flick.support.Accounts.Login;
import io.flick.support.Api;
import io.flick.support.Clips;
import io.flick.support.PublishedVideos;
import io.flick.support.Uploads;
import io.flick.video.VideoPublished;

/**
 * The event flows between modules, followed event by event with Spring Modulith's {@link Scenario}
 * on the feed module and the modules it depends on (video, media, sound, social, accounts, platform),
 * plus engagement, which implements video's {@code VideoStats}; not the site or the demo. An upload
 * that media makes playable is published by video, whose {@link VideoPublished} puts it into the
 * feed; a like ({@link VideoLiked}) reaches the video's counters and the creator's profile.
 *
 * <p>Both flows share one context (each module test is a server of its own, which costs a start),
 * on its own data directory, closed after the class.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "engagement",
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"server.forward-headers-strategy=native", "flick.account.dev-outbox=on"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EventFlowScenarioTests {

    private static final Duration PIPELINE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    SampleClips sampleClips;

    @Autowired
    FeedState feed;

    Api api;
    Accounts accounts;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("flick-scenario-");
        registry.add("flick.data-dir", dir::toString);
    }

    @BeforeEach
    void clients() {
        api = new Api(port);
        accounts = new Accounts(api);
    }

    @Test
    void anUploadIsPublishedByTheVideoModuleAndJoinsTheFeed(Scenario scenario) {
        Login creator = accounts.signUp();
        byte[] clip = new Clips(sampleClips).bytes(SampleClip.portrait(1.5, 440));

        var published = new AtomicReference<VideoId>();
        scenario.stimulate(() -> VideoId.parse(new Uploads(api).publish(creator, clip, Map.of("caption", "waves #sea"))
                        .text("video_id")))
                .andWaitAtMost(PIPELINE)
                .andWaitForEventOfType(VideoPublished.class)
                .matching(event -> event.owner().equals(UserId.parse(creator.userId())))
                .toArriveAndVerify((event, video) -> {
                    assertThat(event.video()).isEqualTo(video);
                    assertThat(event.hashtags()).containsExactly("sea");
                    published.set(video);
                });

        scenario.stimulate(published::get)
                .andWaitForStateChange(() -> feed.item(published.get().value()), Optional::isPresent)
                .andVerify(item -> assertThat(item.orElseThrow().creator()).isEqualTo(UserId.parse(creator.userId()).value()));
    }

    @Test
    void aLikeReachesTheVideosCountersAndTheCreatorsProfile(Scenario scenario) {
        Login creator = accounts.signUp();
        Login fan = accounts.signUp();
        String video = new PublishedVideos(api, accounts, sampleClips).publish(creator, "public");

        scenario.stimulate(() -> api.post("/api/v1/videos/" + video + "/like", null, fan.accessToken()))
                .andWaitForStateChange(() -> api.get("/api/v1/users/" + creator.userId()).json().path("likes_count").asLong(),
                        likes -> likes == 1)
                .andVerifyEvents(events -> assertThat(events).contains(VideoLiked.class)
                        .matching(liked -> liked.video().toString().equals(video)
                                && liked.user().toString().equals(fan.userId())));

        assertThat(api.get("/api/v1/videos/" + video).json().path("stats").path("likes").asLong()).isEqualTo(1);
    }
}
