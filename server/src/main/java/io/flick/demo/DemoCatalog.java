package io.flick.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

import io.flick.account.AccountProvisioning;
import io.flick.media.MediaUploads;
import io.flick.media.samples.SampleClips;
import io.flick.media.samples.TitleFonts;
import io.flick.platform.StartupNote;
import io.flick.shared.SoundId;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.video.Privacy;
import io.flick.video.VideoDetails;
import io.flick.video.VideoImports;

/**
 * Seeds the demo catalogue once the server is ready, on a background thread, so the server serves
 * at once and the clips appear as they finish processing (the first within seconds). Only on the
 * embedded database, and only on an installation that had no accounts when seeding began: an
 * installation with real users is never touched.
 *
 * <p>Idempotent: each post is recorded in {@code demo.posts} in the transaction that creates its
 * video, so a restart goes on with the posts not made yet and never makes one twice. A failure
 * (ffmpeg that cannot run for want of a system library, above all) is logged as an error with its
 * fix and recorded; seeding tries again with a growing wait, and again at the next start. The ready
 * line's note says how far the catalogue is, or why it failed: never more than is true.
 */
@Component
class DemoCatalog implements DisposableBean, StartupNote {

    /** The longest wait between two attempts. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(10);
    /** How long a post that reuses a sound waits for the original to be published. */
    static final Duration SOUND_WAIT = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final DemoSettings settings;
    private final Environment environment;
    private final AccountProvisioning accounts;
    private final MediaUploads uploads;
    private final SampleClips clips;
    private final VideoImports videos;
    private final DemoProgress progress;
    private final TransactionTemplate transaction;
    private final Clock clock;

    // Only the seeding thread touches this: the creators' ids, once provisioned in this run.
    private List<UserId> creators;
    private volatile Thread seeding;
    private volatile Boolean seeds;

    DemoCatalog(DemoSettings settings, Environment environment, AccountProvisioning accounts, MediaUploads uploads,
                SampleClips clips, VideoImports videos, DemoProgress progress, TransactionTemplate transaction, Clock clock) {
        this.settings = settings;
        this.environment = environment;
        this.accounts = accounts;
        this.uploads = uploads;
        this.clips = clips;
        this.videos = videos;
        this.progress = progress;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedIfDue() {
        if (!seeds() || progress.posted().keySet().stream().filter(post -> post < count()).count() == count()) {
            return;
        }
        log.info("Seeding the demo catalogue in the background: {} clips, {} made before; set FLICK_DEMO_ENABLED=false to skip",
                count(), progress.posted().size());
        seeding = Thread.ofVirtual().name("demo-catalog").start(this::seedUntilDone);
    }

    /** The demo catalogue's line under "Flick is ready". */
    @Override
    public Optional<String> note() {
        if (!seeds()) {
            return Optional.empty();
        }
        int published = progress.publishedBelow(count());
        int failed = progress.failedBelow(count());
        long made = progress.posted().keySet().stream().filter(post -> post < count()).count();
        String state = "demo catalogue: %d of %d published".formatted(published, count())
                + (failed > 0 ? ", %d failed processing".formatted(failed) : "");
        Optional<DemoFailure> failure = progress.lastFailure();
        if (failure.isPresent()) {
            return Optional.of("demo catalogue failed at the last attempt: " + failure.get().line() + " (" + state
                    + "; trying again now)");
        }
        if (made < count()) {
            return Optional.of(state + ", seeding in the background…");
        }
        return Optional.of(published + failed < count() ? state + ", the rest processing…" : state);
    }

    /** The server stops: so does seeding, wherever it is. */
    @Override
    public void destroy() {
        Thread thread = seeding;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Seeding is on, the database embedded, and the installation fresh or seeded by us before. */
    private boolean seeds() {
        Boolean decided = seeds;
        if (decided == null) {
            boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
            decided = settings.enabled() && embedded && (progress.started() || accounts.noAccounts());
            seeds = decided;
        }
        return decided;
    }

    private void seedUntilDone() {
        Duration wait = settings.retryBackoff();
        Duration longest = wait.compareTo(LONGEST_WAIT) > 0 ? wait : LONGEST_WAIT;
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                int made = seed();
                progress.recovered();
                log.info("Demo catalogue: all {} clips made in {} s ({} in this run); {} published so far, the rest as processing finishes",
                        count(), seconds(started), made, progress.publishedBelow(count()));
                return;
            } catch (IOException | RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    stopping();
                    return;
                }
                DemoFailure failure = DemoFailure.of(e);
                progress.failed(failure, clock.instant());
                // The stack trace once; later attempts in one line, as they tend to repeat.
                log.error("Demo catalogue failed: {} ({} of {} clips made, attempt {}; trying again in {} and at the next start)",
                        failure.line(), progress.posted().size(), count(), attempt, readable(wait), attempt == 1 ? e : null);
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                stopping();
                return;
            }
            wait = wait.multipliedBy(2).compareTo(longest) > 0 ? longest : wait.multipliedBy(2);
        }
    }

    /** Makes the posts not made yet, in order; answers how many it made. */
    private int seed() throws IOException {
        var posted = progress.posted();
        var font = TitleFonts.find(settings.configuredFont());
        if (font.isEmpty()) {
            log.info("Demo clips are made without titles: no font found (set FLICK_DEMO_TITLE_FONT to a .ttf file)");
        }
        Path dir = Files.createTempDirectory("flick-demo-");
        int made = 0;
        try {
            for (int index = 0; index < count(); index++) {
                if (posted.containsKey(index)) {
                    continue;
                }
                var post = DemoScript.POSTS.get(index);
                Path file = clips.generate(post.clip(), font, dir.resolve("clip-" + index + ".mp4"));
                UserId owner = creators().get(post.creator());
                SoundId sound = post.reusesSound() ? soundOf(post.soundOf()).orElse(null) : null;
                var upload = uploads.importFile(owner, file);
                int number = index;
                transaction.executeWithoutResult(status -> {
                    VideoId video = videos.create(owner, upload, new VideoDetails(post.caption(), sound, List.of(),
                            Privacy.PUBLIC, true, true, true));
                    progress.posted(number, video, clock.instant());
                });
                Files.deleteIfExists(file);
                made++;
            }
        } finally {
            delete(dir);
        }
        return made;
    }

    /**
     * The demo creators, provisioned the first time a run needs them (after a clip was made: an
     * installation whose ffmpeg never ran keeps no accounts). Provisioning is idempotent.
     */
    private List<UserId> creators() {
        if (creators == null) {
            progress.start(clock.instant());
            var ids = new ArrayList<UserId>();
            for (var creator : DemoScript.CREATORS) {
                ids.add(accounts.provision(creator.username(), creator.displayName(),
                        creator.username().replace('.', '-') + "@demo.flick.local", DemoScript.PASSWORD));
            }
            creators = List.copyOf(ids);
        }
        return creators;
    }

    /**
     * The sound of an earlier post, once its video is published (posts that reuse a sound come well
     * after their original, so this rarely waits); its own music when the original failed or is late.
     */
    private Optional<SoundId> soundOf(int original) {
        long deadline = System.nanoTime() + SOUND_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var sound = progress.sound(original);
            if (sound.isPresent() || progress.failed(original)) {
                return sound;
            }
            try {
                Thread.sleep(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a sound to reuse", e);
            }
        }
        log.warn("Demo post {} is not published after {}: the post reusing its sound keeps its own", original, SOUND_WAIT);
        return Optional.empty();
    }

    private void stopping() {
        log.info("Server stopping: the demo catalogue stays at {} of {} clips made; the next start goes on",
                progress.posted().size(), count());
    }

    private static String seconds(long since) {
        return String.format(Locale.ROOT, "%.0f", (System.nanoTime() - since) / 1e9);
    }

    private static String readable(Duration wait) {
        return wait.toSeconds() >= 60 ? wait.toMinutes() + " min" : String.format(Locale.ROOT, "%.1f s", wait.toMillis() / 1000.0);
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
