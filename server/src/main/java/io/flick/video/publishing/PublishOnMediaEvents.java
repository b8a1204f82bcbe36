package io.flick.video.publishing;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.flick.media.AssetFailed;
import io.flick.media.AssetPlayable;
import io.flick.shared.SoundId;
import io.flick.shared.VideoId;
import io.flick.sound.SoundSummary;
import io.flick.sound.Sounds;
import io.flick.video.Privacy;
import io.flick.video.VideoProcessingFailed;
import io.flick.video.VideoPublished;
import io.flick.video.catalog.VideoRow;
import io.flick.video.catalog.Videos;

/**
 * A video follows its asset: published as soon as the asset is playable (the lowest rung is
 * ready), failed if processing fails. Publishing also settles the sound: a clip with its own audio
 * gets it registered as its original sound; a clip that reused a sound counts one more use.
 */
@Component
class PublishOnMediaEvents {

    private static final Logger log = LoggerFactory.getLogger(PublishOnMediaEvents.class);

    private final Videos videos;
    private final Sounds sounds;
    private final ApplicationEventPublisher events;
    private final io.flick.account.ProfileCounters counters;
    private final Clock clock;

    PublishOnMediaEvents(Videos videos, Sounds sounds, ApplicationEventPublisher events,
                         io.flick.account.ProfileCounters counters, Clock clock) {
        this.videos = videos;
        this.sounds = sounds;
        this.counters = counters;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AssetPlayable event) {
        VideoId id = VideoId.ofAsset(event.assetId());
        VideoRow video = videos.find(id).orElse(null);
        if (video == null || video.status() != VideoRow.Status.PROCESSING) {
            return; // not a video's asset, or already settled by an earlier delivery of this event
        }
        SoundId sound = video.sound();
        if (sound == null && event.hasOwnAudio()) {
            SoundSummary original = sounds.registerOriginal(video.owner(), event.assetId(), event.durationSeconds());
            sound = original.soundId();
        }
        if (!videos.publish(id, sound, event.durationSeconds(), clock.instant())) {
            return;
        }
        if (video.sound() != null) {
            sounds.countUse(video.sound());
        }
        counters.videos(video.owner(), video.privacy() == Privacy.PUBLIC, +1);
        log.info("Video {} is published; higher renditions follow", id);
        events.publishEvent(new VideoPublished(id, video.owner(), video.privacy(), video.caption(), video.hashtags(), video.mentions(),
                sound, event.durationSeconds(), clock.instant()));
    }

    @ApplicationModuleListener
    void on(AssetFailed event) {
        VideoId id = VideoId.ofAsset(event.assetId());
        videos.find(id).ifPresent(video -> {
            if (videos.fail(id, event.reason())) {
                log.info("Video {} failed processing: {}", id, event.reason());
                events.publishEvent(new VideoProcessingFailed(id, video.owner(), event.reason()));
            }
        });
    }
}
