package io.flick.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.flick.video.VideoProcessingFailed;
import io.flick.video.VideoPublished;

/**
 * Follows the demo's videos through processing: records each published one with its sound (for the
 * posts that reuse it) and says when the catalogue is complete; a demo clip that fails processing is
 * an error (it was made by the bundled ffmpeg, so something is wrong with the installation).
 */
@Component
class DemoPublications {

    private static final Logger log = LoggerFactory.getLogger(DemoPublications.class);

    private final DemoProgress progress;
    private final DemoSettings settings;

    DemoPublications(DemoProgress progress, DemoSettings settings) {
        this.progress = progress;
        this.settings = settings;
    }

    @ApplicationModuleListener
    void on(VideoPublished event) {
        if (!progress.published(event.video(), event.sound(), event.publishedAt())) {
            return;
        }
        int count = Math.min(settings.clips(), DemoScript.POSTS.size());
        int published = progress.publishedBelow(count);
        if (published == 1 || published == count || published % 10 == 0) {
            log.info("Demo catalogue: {} of {} published", published, count);
        }
    }

    @ApplicationModuleListener
    void on(VideoProcessingFailed event) {
        if (progress.failed(event.video(), event.reason())) {
            log.error("Demo catalogue: clip {} failed processing ({}); see the media log above for why", event.video(),
                    event.reason());
        }
    }
}
