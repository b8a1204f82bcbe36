package io.flick.media.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real launcher against real processes (a POSIX shell). */
class OsProcessLauncherTests {

    private final ProcessLauncher launcher = new OsProcessLauncher();

    @TempDir
    Path directory;

    @Test
    void stdoutAndStderrArriveLineByLineWithTheExitCode() throws Exception {
        List<String> out = Collections.synchronizedList(new ArrayList<>());
        List<String> err = Collections.synchronizedList(new ArrayList<>());

        RunningProcess process = launcher.start(shell("echo one; echo two >&2; echo \"$GREETING\"; pwd; exit 3",
                Map.of("GREETING", "hello")), out::add, err::add);

        assertThat(process.waitFor(Duration.ofSeconds(10))).hasValue(3);
        assertThat(out).containsExactly("one", "hello", directory.toRealPath().toString());
        assertThat(err).containsExactly("two");
    }

    @Test
    void aProcessWritingMoreThanAPipeHoldsNeverBlocks() throws InterruptedException {
        var lines = new AtomicInteger();
        var errors = new AtomicInteger();

        // 200,000 lines on each stream: several megabytes, far more than a pipe buffer.
        RunningProcess process = launcher.start(shell("yes out | head -n 200000; yes err | head -n 200000 >&2", Map.of()),
                line -> lines.incrementAndGet(), line -> errors.incrementAndGet());

        assertThat(process.waitFor(Duration.ofSeconds(30))).hasValue(0);
        assertThat(lines).hasValue(200_000);
        assertThat(errors).hasValue(200_000);
    }

    @Test
    void aFailingConsumerDoesNotStopTheDraining() throws InterruptedException {
        var seen = new AtomicInteger();

        RunningProcess process = launcher.start(shell("yes | head -n 100000", Map.of()), line -> {
            seen.incrementAndGet();
            throw new IllegalStateException("consumer bug");
        }, line -> { });

        assertThat(process.waitFor(Duration.ofSeconds(30))).hasValue(0);
        assertThat(seen).hasValue(100_000);
    }

    @Test
    void aTimeoutKillsTheProcessAndWhatItStarted() throws InterruptedException {
        List<String> out = Collections.synchronizedList(new ArrayList<>());
        RunningProcess process = launcher.start(shell("sleep 600 & echo $!; wait", Map.of()), out::add, line -> { });
        await().atMost(Duration.ofSeconds(10)).until(() -> !out.isEmpty());
        long child = Long.parseLong(out.getFirst());

        OptionalInt exit = process.waitFor(Duration.ofMillis(200));

        assertThat(exit).isEmpty();
        assertThat(ProcessHandle.of(process.pid()).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
        await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.of(child).map(h -> !h.isAlive()).orElse(true));
    }

    @Test
    void destroyEndsAProcessAndIsHarmlessAfterwards() throws InterruptedException {
        RunningProcess process = launcher.start(shell("sleep 600", Map.of()), line -> { }, line -> { });

        process.destroy();
        process.destroy();

        assertThat(process.waitFor(Duration.ofSeconds(10))).isPresent();
    }

    @Test
    void linesEndAtNewlinesOrCarriageReturnsAndAreCutWhenEndless() throws IOException {
        var lines = new ArrayList<String>();
        String endless = "x".repeat(OsProcessLauncher.MAX_LINE_LENGTH * 3);

        OsProcessLauncher.readLines(new StringReader("a\nb\r\nc\rd\n\n" + endless + "\nlast"), lines::add);

        assertThat(lines).containsExactly("a", "b", "c", "d", "", "x".repeat(OsProcessLauncher.MAX_LINE_LENGTH), "last");
    }

    private ProcessLauncher.Command shell(String script, Map<String, String> environment) {
        return new ProcessLauncher.Command(List.of("sh", "-c", script), directory, environment);
    }
}
