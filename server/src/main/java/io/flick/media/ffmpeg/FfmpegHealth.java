package io.flick.media.ffmpeg;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Media processing's health: whether ffmpeg runs at all. A missing system library (the bundled
 * ffmpeg needs {@code libpulse.so.0}) or a wrong configured path would otherwise go unnoticed
 * while every upload fails. DOWN carries ffmpeg's own last words (the loader's message).
 *
 * <p>The health endpoint is public, so ffmpeg is run at most once per {@link #UP_FOR} while it
 * works, and once per {@link #DOWN_FOR} while it does not (a repaired installation shows soon);
 * callers in between get the last answer.
 */
final class FfmpegHealth implements HealthIndicator {

    static final Duration UP_FOR = Duration.ofSeconds(60);
    static final Duration DOWN_FOR = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final FfmpegRunner runner;
    // One check at a time; the others wait for its answer (a lock, not synchronized: the check blocks on a process).
    private final ReentrantLock checking = new ReentrantLock();
    private Health last;
    private long checkedAt;

    FfmpegHealth(FfmpegBinary ffmpeg, ProcessLauncher launcher) {
        this.runner = new FfmpegRunner(ffmpeg, launcher);
    }

    @Override
    public Health health() {
        checking.lock();
        try {
            if (last != null) {
                Duration validFor = Status.UP.equals(last.getStatus()) ? UP_FOR : DOWN_FOR;
                if (System.nanoTime() - checkedAt < validFor.toNanos()) {
                    return last;
                }
            }
            last = check();
            checkedAt = System.nanoTime();
            return last;
        } finally {
            checking.unlock();
        }
    }

    private Health check() {
        var version = new AtomicReference<String>();
        try {
            OptionalInt exit = runner.run(List.of("-hide_banner", "-version"), Path.of(System.getProperty("java.io.tmpdir")),
                    TIMEOUT, line -> version.compareAndSet(null, line), line -> { });
            if (exit.isEmpty() || exit.getAsInt() != 0) {
                return Health.down().withDetail("error", exit.isEmpty() ? "ffmpeg -version took longer than " + TIMEOUT
                        : "ffmpeg -version ended with " + exit.getAsInt()).build();
            }
            return Health.up().withDetail("ffmpeg", version.get() == null ? "unknown version" : version.get()).build();
        } catch (FfmpegUnavailable e) {
            return Health.down().withDetail("error", e.getMessage()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().withDetail("error", "interrupted").build();
        }
    }
}
