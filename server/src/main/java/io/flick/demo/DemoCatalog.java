package io.flick.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import io.flick.account.AccountProvisioning;
import io.flick.media.MediaUploads;
import io.flick.media.SampleClips;
import io.flick.shared.UserId;
import io.flick.video.VideoDetails;
import io.flick.video.VideoImports;

/**
 * Seeds the demo catalog once the server is ready, on a background thread, so the server serves
 * at once and the clips appear as they finish processing. Only on the embedded database, and only
 * when it has no accounts at all: an installation with real users is never touched.
 */
@Component
class DemoCatalog {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final DemoSettings settings;
    private final Environment environment;
    private final AccountProvisioning accounts;
    private final MediaUploads uploads;
    private final SampleClips clips;
    private final VideoImports videos;

    DemoCatalog(DemoSettings settings, Environment environment, AccountProvisioning accounts, MediaUploads uploads,
                SampleClips clips, VideoImports videos) {
        this.settings = settings;
        this.environment = environment;
        this.accounts = accounts;
        this.uploads = uploads;
        this.clips = clips;
        this.videos = videos;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedIfFresh() {
        boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        if (!settings.enabled() || !embedded || !accounts.noAccounts()) {
            return;
        }
        log.info("Fresh installation: seeding the demo catalog ({} clips) in the background; set FLICK_DEMO_ENABLED=false to skip",
                settings.clips());
        Thread.ofVirtual().name("demo-catalog").start(this::seed);
    }

    void seed() {
        try {
            List<UserId> creators = DemoScript.CREATORS.stream()
                    .map(c -> accounts.provision(c.username(), c.displayName(), c.username().replace('.', '-')
                            + "@demo.flick.local", DemoScript.PASSWORD))
                    .toList();
            Path dir = Files.createTempDirectory("flick-demo-");
            int count = Math.min(settings.clips(), DemoScript.POSTS.size());
            for (int i = 0; i < count; i++) {
                var post = DemoScript.POSTS.get(i);
                Path file = clips.generate(post.clip(), dir.resolve("clip-" + i + ".mp4"));
                UserId owner = creators.get(post.creator());
                videos.create(owner, uploads.importFile(owner, file), VideoDetails.publicVideo(post.caption()));
                Files.delete(file);
            }
            Files.delete(dir);
            log.info("Demo catalog queued: {} creators, {} clips (they publish as processing finishes)",
                    creators.size(), count);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not seed the demo catalog; the server works without it", e);
        }
    }
}
