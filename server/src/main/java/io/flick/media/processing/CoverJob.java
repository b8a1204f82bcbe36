package io.flick.media.processing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import io.flick.media.ffmpeg.TranscodeException;
import io.flick.media.ffmpeg.Transcoder;
import io.flick.media.upload.Uploads;
import io.flick.platform.BlobStorage;
import io.flick.platform.FlickSettings;

/**
 * Makes an asset's thumbnails again at its new cover time (an owner's edit), from the uploaded
 * source, as the first pass made them: a durable job on media's own db-scheduler, beside the
 * encodes and ahead of them. The stills are stored under the next cover version's names and the
 * asset then names them, so links change with the cover; the previous version's files are deleted.
 * It waits while the asset is not playable yet or one of its jobs is running, and runs again when
 * the cover time changed while it ran.
 */
@Component
public class CoverJob {

    public static final TaskDescriptor<Void> COVER = TaskDescriptor.of("cover", Void.class);
    /** Above every encode (0 or below), below removals. */
    static final int PRIORITY = 500;
    static final Duration WAIT = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(CoverJob.class);

    private final Assets assets;
    private final Uploads uploads;
    private final Transcoder transcoder;
    private final BlobStorage storage;
    private final Path workRoot;

    CoverJob(Assets assets, Uploads uploads, Transcoder transcoder, BlobStorage storage, FlickSettings flick) {
        this.assets = assets;
        this.uploads = uploads;
        this.transcoder = transcoder;
        this.storage = storage;
        this.workRoot = flick.dataDir().resolve("work").toAbsolutePath();
    }

    enum Outcome { DONE, WAIT }

    Outcome run(long assetId) {
        Optional<AssetRow> found = assets.find(assetId);
        if (found.isEmpty()) {
            return Outcome.DONE; // removed meanwhile
        }
        AssetRow asset = found.get();
        // Its own encode (which stores the first cover) must be done and stored first.
        if (!asset.status().playable() || assets.running(assetId, TranscodeQueue.TRANSCODE)) {
            return Outcome.WAIT;
        }
        Path work = workRoot.resolve("cover-" + assetId);
        try {
            clean(work);
            Files.createDirectories(work);
            Path source = work.resolve("source");
            String sourceKey = uploads.find(asset.upload()).map(u -> u.sourceKey()).orElse(null);
            if (sourceKey == null || storage.stat(sourceKey).isEmpty()) {
                log.warn("Asset {} has no source left to make its cover from; it keeps the one it has", assetId);
                return Outcome.DONE;
            }
            storage.download(sourceKey, source);
            var probe = transcoder.probe(source);
            var result = transcoder.stills(source, work.resolve("out"), probe, asset.coverSeconds());
            int version = asset.coverVersion() + 1;
            storage.put(AssetKeys.of(assetId, AssetKeys.thumbLarge(version)), result.thumbnails().get(0).file(), "image/jpeg");
            storage.put(AssetKeys.of(assetId, AssetKeys.thumbSmall(version)), result.thumbnails().get(1).file(), "image/jpeg");
            if (assets.coverMade(assetId, version)) {
                storage.delete(AssetKeys.of(assetId, AssetKeys.thumbLarge(asset.coverVersion())));
                storage.delete(AssetKeys.of(assetId, AssetKeys.thumbSmall(asset.coverVersion())));
                log.info("Asset {} has a new cover at {} s", assetId, asset.coverSeconds());
            }
            Double now = assets.find(assetId).map(AssetRow::coverSeconds).orElse(asset.coverSeconds());
            return Objects.equals(now, asset.coverSeconds()) ? Outcome.DONE : Outcome.WAIT;
        } catch (TranscodeException e) {
            // The clip was encoded once from this source: a failure now is no reason to lose the video.
            log.warn("Making the cover of asset {} again failed ({}); it keeps the one it has", assetId, e.getMessage());
            return Outcome.DONE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                clean(work);
            } catch (IOException e) {
                log.debug("Could not clean {}", work, e);
            }
        }
    }

    static CustomTask<Void> task(CoverJob job, ProcessingSettings settings) {
        return Tasks.custom(COVER)
                .onDeadExecutionRevive()
                .onFailure((complete, operations) -> {
                    int failures = complete.getExecution().consecutiveFailures + 1;
                    if (failures >= settings.maxAttempts()) {
                        log.warn("Making the cover of asset {} failed {} times; it keeps the one it has",
                                complete.getExecution().getId(), failures, complete.getCause().orElse(null));
                        operations.remove();
                        return;
                    }
                    operations.reschedule(complete, Instant.now().plus(settings.retryBackoff().multipliedBy(1L << (failures - 1))));
                })
                .execute((instance, context) -> {
                    if (job.run(Long.parseLong(instance.getId())) == Outcome.WAIT) {
                        return (complete, operations) -> operations.reschedule(complete, Instant.now().plus(WAIT));
                    }
                    return new CompletionHandler.OnCompleteRemove<>();
                });
    }

    private static void clean(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
