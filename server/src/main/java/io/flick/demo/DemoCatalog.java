package io.flick.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import io.flick.account.AccountProvisioning;
import io.flick.media.MediaUploads;
import io.flick.media.samples.SampleClips;
import io.flick.shared.UserId;
import io.flick.video.VideoDetails;
import io.flick.video.VideoImports;

/**
 * Seeds the demo catalog once the server is ready, on a background thread, so the server serves
 * at once and the clips appear as they finish processing. Only on the embedded database, and only
 * when it has no accounts at all: an installation with real users is never touched.
 *
 * <p>A failure (ffmpeg that cannot run for want of a system library, above all) is logged with its
 * reason and seeding tries again with a growing wait, going on from the last post queued, until it
 * is done or the server stops. The creators are provisioned only once the first clip exists, so
 * an installation where ffmpeg never ran is still fresh at its next start.
 */
@Component
class DemoCatalog implements DisposableBean {

    /** The longest wait between two attempts. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final DemoSettings settings;
    private final Environment environment;
    private final AccountProvisioning accounts;
    private final MediaUploads uploads;
    private final SampleClips clips;
    private final VideoImports videos;

    // Only the seeding thread touches these: where a retry goes on from.
    private List<UserId> creators;
    private int posted;
    private volatile Thread seeding;

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
        seeding = Thread.ofVirtual().name("demo-catalog").start(this::seedUntilDone);
    }

    /** The server stops: so does seeding, wherever it is. */
    @Override
    public void destroy() {
        Thread thread = seeding;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void seedUntilDone() {
        Duration wait = settings.retryBackoff();
        Duration longest = wait.compareTo(LONGEST_WAIT) > 0 ? wait : LONGEST_WAIT;
        for (int attempt = 1; ; attempt++) {
            try {
                seed();
                return;
            } catch (IOException | RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    log.info("Server stopping: the demo catalog stays at {} of {} clips", posted, count());
                    return;
                }
                // The first failure with its stack trace; later ones in one line, as they tend to repeat.
                log.warn("Could not seed the demo catalog ({} of {} clips queued, attempt {}): {}; trying again in {}"
                        + " (the server works without it)", posted, count(), attempt, e.getMessage(), readable(wait),
                        attempt == 1 ? e : null);
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                log.info("Server stopping: the demo catalog stays at {} of {} clips", posted, count());
                return;
            }
            wait = wait.multipliedBy(2).compareTo(longest) > 0 ? longest : wait.multipliedBy(2);
        }
    }

    private void seed() throws IOException {
        Path dir = Files.createTempDirectory("flick-demo-");
        try {
            while (posted < count()) {
                var post = DemoScript.POSTS.get(posted);
                Path file = clips.generate(post.clip(), dir.resolve("clip-" + posted + ".mp4"));
                if (creators == null) {
                    creators = DemoScript.CREATORS.stream()
                            .map(c -> accounts.provision(c.username(), c.displayName(), c.username().replace('.', '-')
                                    + "@demo.flick.local", DemoScript.PASSWORD))
                            .toList();
                }
                UserId owner = creators.get(post.creator());
                videos.create(owner, uploads.importFile(owner, file), VideoDetails.publicVideo(post.caption()));
                posted++;
            }
        } finally {
            delete(dir);
        }
        log.info("Demo catalog queued: {} creators, {} clips (they publish as processing finishes)",
                creators == null ? 0 : creators.size(), posted);
    }

    private static String readable(Duration wait) {
        return wait.toSeconds() >= 60 ? wait.toMinutes() + " min" : String.format(java.util.Locale.ROOT, "%.1f s", wait.toMillis() / 1000.0);
    }

    private int count() {
        return Math.min(settings.clips(), DemoScript.POSTS.size());
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
