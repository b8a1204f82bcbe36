package io.flick.media.upload;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;

import io.flick.media.UploadSettings;
import io.flick.media.UploadState.Status;
import io.flick.platform.BlobStorage;
import io.flick.shared.UploadId;

/**
 * Makes a whole staged file an upload's source: stores it and records the receipt, for the first
 * attempt that gets there (a direct PUT retried after a dropped connection, a tus upload finishing,
 * both at once). Storing and recording happen under one lock per upload so that a later attempt
 * can never overwrite the file an earlier one recorded. Staging is on this node's disk, so a
 * node-local lock is enough.
 */
@Component
class UploadReceiver {

    private static final int STRIPES = 64;

    private final Uploads uploads;
    private final BlobStorage storage;
    private final Clock clock;
    private final UploadSettings settings;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    UploadReceiver(Uploads uploads, BlobStorage storage, Clock clock, UploadSettings settings) {
        this.uploads = uploads;
        this.storage = storage;
        this.clock = clock;
        this.settings = settings;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** @return whether {@code file} became the upload's source; false if the upload no longer waits for one */
    boolean receive(UploadId id, Path file, long bytes) {
        ReentrantLock lock = locks[Math.floorMod(Long.hashCode(id.value()), STRIPES)];
        lock.lock();
        try {
            var upload = uploads.find(id).filter(u -> UploadTransitions.awaitsBytes(u.status())
                    && !u.expired(clock.instant()));
            if (upload.isEmpty()) {
                return false;
            }
            storage.put(upload.get().sourceKey(), file, "application/octet-stream");
            Instant now = clock.instant();
            if (!uploads.received(id, bytes, now, now.plus(settings.ttl()))) {
                // Expired or terminated while the file was being stored: it belongs to nothing.
                storage.delete(upload.get().sourceKey());
                return false;
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
