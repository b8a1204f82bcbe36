package io.flick.media.processing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.flick.media.AssetFailed;
import io.flick.media.AssetPlayable;
import io.flick.media.AssetReady;
import io.flick.media.AssetView;
import io.flick.media.ffmpeg.MasterPlaylist;
import io.flick.media.ffmpeg.OutputLayout;
import io.flick.media.ffmpeg.ProbeResult;
import io.flick.media.ffmpeg.Progress;
import io.flick.media.ffmpeg.Rendition;
import io.flick.media.ffmpeg.Rung;
import io.flick.media.ffmpeg.TranscodeException;
import io.flick.media.ffmpeg.TranscodeResult;
import io.flick.media.ffmpeg.Transcoder;
import io.flick.media.upload.Uploads;
import io.flick.platform.BlobStorage;
import io.flick.platform.FlickSettings;

/**
 * Processes one asset, resumably: probe and validate the upload, then the first pass (lowest
 * rung, thumbnails, audio) after which the asset is playable and announced, then the rest of the
 * ladder, each finished rung joining the master playlist. A run after a crash skips what is
 * already stored (the first pass, if the asset is playable) and redoes the rest.
 *
 * <p>Files go to blob storage segments first and playlists last, so a client never reads a
 * playlist naming a segment that is not there yet.
 */
@Component
class TranscodeJob {

    private static final Logger log = LoggerFactory.getLogger(TranscodeJob.class);
    // Share of the progress bar the first pass fills; the ladder fills the rest.
    private static final double FIRST_PASS_SHARE = 0.25;

    private final Assets assets;
    private final Uploads uploads;
    private final Transcoder transcoder;
    private final BlobStorage storage;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Path workRoot;
    private final Clock clock;

    TranscodeJob(Assets assets, Uploads uploads, Transcoder transcoder, BlobStorage storage,
                 ApplicationEventPublisher events, TransactionTemplate transaction, FlickSettings flick, Clock clock) {
        this.assets = assets;
        this.uploads = uploads;
        this.transcoder = transcoder;
        this.storage = storage;
        this.events = events;
        this.transaction = transaction;
        this.workRoot = flick.dataDir().resolve("work").toAbsolutePath();
        this.clock = clock;
    }

    /**
     * @throws TranscodeException for a file that can never succeed (the caller marks the asset failed)
     * @throws RuntimeException   for anything that may succeed on a retry (storage, a killed encoder)
     */
    void run(long assetId) {
        Optional<AssetRow> found = assets.find(assetId);
        if (found.isEmpty() || found.get().status() == AssetView.Status.READY
                || found.get().status() == AssetView.Status.FAILED) {
            return;
        }
        AssetRow asset = found.get();
        long started = System.nanoTime();
        assets.started(assetId, clock.instant());
        Path work = workRoot.resolve(Long.toString(assetId));
        try {
            clean(work);
            Files.createDirectories(work);
            Path source = work.resolve("source");
            String sourceKey = uploads.find(asset.upload()).map(u -> u.sourceKey())
                    .orElseThrow(() -> new TranscodeException(io.flick.media.ffmpeg.FailureReason.NOT_A_VIDEO, "upload gone"));
            if (storage.stat(sourceKey).isEmpty()) {
                throw new TranscodeException(io.flick.media.ffmpeg.FailureReason.NOT_A_VIDEO, "the upload has no content");
            }
            storage.download(sourceKey, source);
            ProbeResult probe = transcoder.probe(source);
            var video = probe.video().orElseThrow();
            assets.probed(assetId, probe.durationSeconds(), video.displayWidth(), video.displayHeight(),
                    probe.audio().isPresent());
            Optional<Path> replacement = replacementAudio(asset, work);
            Path out = work.resolve("out");

            // First pass, then the ladder, one after the other: run side by side they share the
            // cores and the first playable moment comes much later (measured: 43 % of the ladder
            // time instead of under 20 %) for no gain in total time; see docs/benchmarks.
            List<Rendition> ready = new ArrayList<>(asset.status().playable()
                    ? storedRenditions(assetId, out) : firstPass(asset, source, out, probe, replacement));
            TranscodeResult ladder = transcoder.ladder(source, out, probe, replacement,
                    progress(assetId, FIRST_PASS_SHARE, 1 - FIRST_PASS_SHARE));
            storeRungs(assetId, ladder.renditions());
            ready.addAll(ladder.renditions());
            ready.sort(Comparator.comparingInt(r -> r.rung().shortEdge()));
            writeMaster(assetId, out, ready);
            double seconds = (System.nanoTime() - started) / 1e9;
            transaction.executeWithoutResult(status -> {
                ladder.renditions().forEach(r -> assets.addRendition(assetId, row(r), clock.instant()));
                if (assets.ready(assetId, clock.instant(), seconds)) {
                    events.publishEvent(new AssetReady(assetId));
                }
            });
            log.info("Asset {} is ready: {} renditions in {} s", assetId, ready.size(), String.format("%.1f", seconds));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            clean(work);
        }
    }

    /** The lowest rung, thumbnails and audio, stored and announced: from here on the asset plays. */
    private List<Rendition> firstPass(AssetRow asset, Path source, Path out, ProbeResult probe,
                                      Optional<Path> replacement) throws IOException {
        long assetId = asset.id();
        TranscodeResult first = transcoder.firstPass(source, out, probe, replacement, asset.coverSeconds(),
                progress(assetId, 0, FIRST_PASS_SHARE));
        storeRungs(assetId, first.renditions());
        for (var thumbnail : first.thumbnails()) {
            storage.put(AssetKeys.of(assetId, thumbnail.file().getFileName().toString()), thumbnail.file(), "image/jpeg");
        }
        first.audio().ifPresent(audio -> storage.put(AssetKeys.of(assetId, AssetKeys.AUDIO), audio, "audio/mp4"));
        writeMaster(assetId, out, first.renditions());
        boolean ownAudio = replacement.isEmpty() && first.audio().isPresent();
        // What was decoded, not what the container claimed, is the clip's duration.
        double duration = first.durationSeconds();
        transaction.executeWithoutResult(status -> {
            first.renditions().forEach(r -> assets.addRendition(assetId, row(r), clock.instant()));
            assets.decodedDuration(assetId, duration);
            if (assets.playable(assetId, clock.instant())) {
                events.publishEvent(new AssetPlayable(assetId, asset.owner(), duration, ownAudio));
            }
        });
        log.info("Asset {} is playable at {}; the rest of the ladder follows", assetId,
                first.renditions().stream().map(r -> r.rung().name()).toList());
        return first.renditions();
    }

    /** Processing gave up: the asset fails with the reason, once. */
    void fail(long assetId, String reason) {
        transaction.executeWithoutResult(status -> {
            if (assets.failed(assetId, reason, clock.instant())) {
                events.publishEvent(new AssetFailed(assetId, reason));
            }
        });
        log.info("Asset {} failed: {}", assetId, reason);
    }

    private Optional<Path> replacementAudio(AssetRow asset, Path work) {
        if (asset.replacementAudioKey() == null) {
            return Optional.empty();
        }
        Path audio = work.resolve("sound.m4a");
        storage.download(asset.replacementAudioKey(), audio);
        return Optional.of(audio);
    }

    /** Segments and init segment first, the rung's playlist last. */
    private void storeRungs(long assetId, List<Rendition> renditions) throws IOException {
        for (Rendition rendition : renditions) {
            Path dir = rendition.playlist().getParent();
            String prefix = rendition.rung().name() + "/";
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> !f.equals(rendition.playlist())).sorted().toList()) {
                    storage.put(AssetKeys.of(assetId, prefix + file.getFileName()), file, null);
                }
            }
            storage.put(AssetKeys.of(assetId, prefix + OutputLayout.PLAYLIST), rendition.playlist(),
                    "application/vnd.apple.mpegurl");
        }
    }

    private void writeMaster(long assetId, Path out, List<Rendition> renditions) {
        Path master = MasterPlaylist.write(new OutputLayout(out), renditions);
        storage.put(AssetKeys.of(assetId, AssetKeys.MASTER), master, "application/vnd.apple.mpegurl");
    }

    /**
     * Renditions finished by an earlier run, for the master playlist. Only their stored facts are
     * needed (name, size, bandwidth, codecs); the rung's own files are already in storage.
     */
    private List<Rendition> storedRenditions(long assetId, Path out) {
        return assets.find(assetId).map(AssetRow::renditions).orElse(List.of()).stream()
                .map(row -> new Rendition(new Rung(row.name(), row.width(), row.height(), row.frameRate(), 0, 0, 0, 0),
                        out.resolve(row.name()).resolve(OutputLayout.PLAYLIST), row.name() + "/" + OutputLayout.PLAYLIST,
                        row.bandwidth(), row.averageBandwidth(), row.codecs(), 0))
                .toList();
    }

    private static RenditionRow row(Rendition rendition) {
        return new RenditionRow(rendition.rung().name(), rendition.rung().width(), rendition.rung().height(),
                rendition.rung().frameRate(), (int) rendition.bandwidth(), (int) rendition.averageBandwidth(), rendition.codecs());
    }

    /** Progress into the asset row at most once a second, mapped into [offset, offset + share]. */
    private java.util.function.Consumer<Progress> progress(long assetId, double offset, double share) {
        AtomicLong last = new AtomicLong();
        return progress -> {
            long now = System.nanoTime();
            if (progress.finished() || now - last.get() > Duration.ofSeconds(1).toNanos()) {
                last.set(now);
                assets.progress(assetId, Math.min(0.99, offset + share * progress.fraction()));
            }
        };
    }

    private static void clean(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not clean the work directory {}", dir, e);
        }
    }

}
