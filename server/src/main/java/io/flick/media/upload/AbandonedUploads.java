package io.flick.media.upload;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.flick.media.UploadSettings;
import io.flick.platform.BlobStorage;
import io.flick.platform.PeriodicWork;
import io.flick.shared.UploadId;

/**
 * Deletes what uploads leave behind: the files of uploads whose time is up (never finished within
 * the ttl, or received and never made into a video within the ttl after), which are marked expired,
 * and staged partial files that no upload waits for any more (a direct PUT attempt cut off by a
 * crash, a tus upload that was abandoned). Runs on every node, since staging is on each node's disk;
 * marking an upload expired is a conditional update, so nodes never collect the same one twice.
 */
@Component
class AbandonedUploads extends PeriodicWork {

    private static final Logger log = LoggerFactory.getLogger(AbandonedUploads.class);
    private static final int BATCH = 200;

    private final Uploads uploads;
    private final UploadStaging staging;
    private final BlobStorage storage;
    private final Clock clock;

    AbandonedUploads(Uploads uploads, UploadStaging staging, BlobStorage storage, Clock clock,
                     UploadSettings settings) {
        super("upload-collector", settings.collectInterval(), settings.collectInterval(),
                "Collecting abandoned uploads failed; the next round tries again");
        this.uploads = uploads;
        this.staging = staging;
        this.storage = storage;
        this.clock = clock;
    }

    @Override
    protected void round() {
        collect();
    }

    void collect() {
        int expired = 0;
        List<UploadRow> batch;
        do {
            batch = uploads.expireAbandoned(clock.instant(), BATCH);
            for (UploadRow upload : batch) {
                // Derived from the id, never from the stored key: a key without its own folder must not widen
                // the deletion to every upload's files.
                String prefix = UploadKeys.folder(upload.id());
                try {
                    storage.deletePrefix(prefix);
                } catch (RuntimeException e) {
                    log.warn("Could not delete the files of expired upload {} under {}; they stay until deleted by hand",
                            upload.id(), prefix, e);
                }
            }
            expired += batch.size();
        } while (batch.size() == BATCH);

        var staged = staging.list();
        Set<UploadId> waiting = uploads.awaitingBytes(
                staged.stream().map(UploadStaging.Staged::upload).collect(Collectors.toSet()), clock.instant());
        int deleted = 0;
        for (var file : staged) {
            if (!waiting.contains(file.upload())) {
                staging.delete(file.file());
                deleted++;
            }
        }
        if (expired > 0 || deleted > 0) {
            log.info("Collected {} abandoned uploads and {} staged files nothing waits for", expired, deleted);
        }
    }
}
