package io.flick.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.flick.media.samples.SampleClip;
import io.flick.media.samples.SampleClips;
import io.flick.media.ffmpeg.Transcoder;
import io.flick.shared.UploadId;

/**
 * The transcoding benchmark (issue 3). In one run, side by side on the same machine:
 * <ol>
 * <li>a 60 s 1080x1920 30 fps clip with audio through the real pipeline (HTTP upload, durable job,
 * first pass then ladder, storage), timed from {@code complete} to first playable and to the whole
 * ladder; and through the equivalent raw single ffmpeg command with identical encoder settings
 * (the toolkit's raw ladder), alternating the two, {@code repeats} times each;</li>
 * <li>the server's peak live heap while it receives a 5 MB and a 50 MB upload.</li>
 * </ol>
 * Usage: {@code TranscodeBenchmark [seconds=60] [repeats=2] [report=docs/benchmarks/transcoding.md]}.
 */
public final class TranscodeBenchmark {

    public static void main(String[] given) {
        int exit = 0;
        try {
            run(given);
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        }
        // Leave no server threads behind, whatever happened.
        System.exit(exit);
    }

    private static void run(String[] given) throws Exception {
        // Maven passes -Dbench.args="60 2" as one argument.
        String[] args = String.join(" ", given).trim().isEmpty() ? new String[0] : String.join(" ", given).trim().split("\\s+");
        double seconds = args.length > 0 && !args[0].isBlank() ? Double.parseDouble(args[0]) : 60;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path report = Path.of(args.length > 2 ? args[2] : "docs/benchmarks/transcoding.md");
        Path work = Files.createTempDirectory("flick-bench-");
        try (var server = new BenchServer(work.resolve("data"))) {
            System.out.println("Generating a " + seconds + " s 1080x1920 30 fps clip with audio…");
            Path source = server.bean(SampleClips.class)
                    .generate(new SampleClip("mandelbrot", 1080, 1920, 30, seconds, 440), work.resolve("source.mp4"));
            long size = Files.size(source);
            Transcoder transcoder = server.bean(Transcoder.class);

            List<Double> raw = new ArrayList<>();
            List<Double> pipeline = new ArrayList<>();
            List<Double> playable = new ArrayList<>();
            for (int i = 0; i < repeats; i++) {
                raw.add(rawLadder(transcoder, source, work.resolve("raw-" + i)));
                System.out.printf(Locale.ROOT, "raw ffmpeg ladder #%d: %.1f s%n", i + 1, raw.getLast());
                double[] run = pipeline(server, source, size);
                playable.add(run[0]);
                pipeline.add(run[1]);
                System.out.printf(Locale.ROOT, "pipeline #%d: playable after %.1f s, whole ladder after %.1f s%n", i + 1,
                        run[0], run[1]);
            }

            System.out.println("Measuring the server's live heap during uploads…");
            double idle = liveHeapMb(() -> sleep(Duration.ofSeconds(2)));
            double small = uploadHeapMb(server, work, 5);
            double large = uploadHeapMb(server, work, 50);

            String text = report(seconds, size, raw, pipeline, playable, idle, small, large, repeats);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, text);
            System.out.println(text);
        } finally {
            delete(work);
        }
    }

    private static double rawLadder(Transcoder transcoder, Path source, Path out) {
        var probe = transcoder.probe(source);
        long start = System.nanoTime();
        transcoder.rawLadder(source, out, probe, Optional.empty(), progress -> { });
        return ElapsedSeconds.positive("the raw ladder", (System.nanoTime() - start) / 1e9);
    }

    /**
     * @return seconds from complete to published (first playable) and to the whole ladder. The
     * moments come from the asset's own timestamps, so the status is polled only once a second:
     * polling it fast would take processor time from the encode being measured.
     */
    private static double[] pipeline(BenchServer server, Path source, long size) throws Exception {
        String upload = server.upload(source, size);
        Instant start = Instant.now();
        String video = server.post("/api/v1/videos/upload/complete", Map.of("upload_id", upload, "caption", "benchmark"))
                .path("video_id").asString();
        while (true) {
            var status = server.get("/api/v1/videos/" + video + "/status");
            if ("failed".equals(status.path("status").asString())) {
                throw new IllegalStateException("the benchmark clip failed: " + status);
            }
            if (status.path("available_qualities").size() == 4) {
                var moments = server.bean(JdbcClient.class)
                        .sql("SELECT playable_at, finished_at FROM media.assets WHERE upload_id = ?")
                        .param(UploadId.parse(upload).value())
                        .query((rs, row) -> new Instant[] {rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()})
                        .single();
                // Server timestamps against this process's clock: both are the machine's clock, unless
                // the server's is not (ElapsedSeconds fails the run then rather than report it).
                double playable = ElapsedSeconds.between("complete to first playable", start, moments[0]);
                double whole = ElapsedSeconds.between("complete to whole ladder", start, moments[1]);
                ElapsedSeconds.positive("first playable to whole ladder", whole - playable);
                return new double[] {playable, whole};
            }
            Thread.sleep(1000);
        }
    }

    /** Peak live heap (used after a full GC, sampled every 100 ms) while a random file of {@code mb} uploads. */
    private static double uploadHeapMb(BenchServer server, Path work, int mb) throws IOException {
        Path file = work.resolve("random-" + mb + "mb.bin");
        var random = new Random(mb);
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < mb; i++) {
                random.nextBytes(chunk);
                out.write(chunk);
            }
        }
        double peak = liveHeapMb(() -> {
            try {
                server.upload(file, Files.size(file));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Files.delete(file);
        return peak;
    }

    private static double liveHeapMb(Runnable during) {
        var memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        var sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        during.run();
        sampler.interrupt();
        System.gc();
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return peak.get() / (1024.0 * 1024);
    }

    private static String report(double seconds, long size, List<Double> raw, List<Double> pipeline,
                                 List<Double> playable, double idle, double small, double large, int repeats) {
        double rawMedian = median(raw);
        double pipelineMedian = median(pipeline);
        double playableMedian = median(playable);
        return String.format(Locale.ROOT, """
                # Transcoding benchmark

                Measured on %s on this machine (%d cores, %s), one run, the two variants alternating %d times.
                Source: a %.0f s 1080x1920 30 fps H.264 clip with AAC audio (ffmpeg's `mandelbrot` source, %.1f MB).
                Ladder: 1080p/720p/480p/360p, libx264 `veryfast`, 2 s GOPs and fMP4 HLS segments, AAC.

                | measure | median | runs |
                |---|---|---|
                | raw single ffmpeg command (whole ladder, thumbnails, audio) | %.1f s | %s |
                | pipeline: `complete` to whole ladder ready | %.1f s | %s |
                | pipeline: `complete` to first playable (published) | %.1f s | %s |
                | **pipeline / raw ffmpeg** (target ≤ 1.10) | **%.2f** | |
                | **first playable / whole ladder** (target ≤ 0.25) | **%.2f** | |

                Peak live heap of the server (used heap after a full GC, sampled every 100 ms):

                | during | peak live heap |
                |---|---|
                | idle | %.1f MB |
                | a 5 MB upload | %.1f MB |
                | a 50 MB upload | %.1f MB |
                | **growth from 5 MB to 50 MB** | **%.1f MB** |

                Reproduce: `./mvnw -q -DskipTests install && ./mvnw -q -pl bench exec:exec -Dbench.args="%.0f %d"`
                """, LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
                repeats, seconds, size / 1e6, rawMedian, list(raw), pipelineMedian, list(pipeline), playableMedian,
                list(playable), pipelineMedian / rawMedian, playableMedian / pipelineMedian, idle, small, large,
                large - small, seconds, repeats);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String list(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private TranscodeBenchmark() {
    }
}
