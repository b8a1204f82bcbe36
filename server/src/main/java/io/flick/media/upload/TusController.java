package io.flick.media.upload;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import io.flick.media.MediaProblem;
import io.flick.media.UploadDeclaration;
import io.flick.media.UploadSettings;
import io.flick.media.UploadState.Status;
import io.flick.platform.BlobStorage;
import io.flick.platform.CurrentUser;
import io.flick.platform.SizeLimitedInputStream;
import io.flick.shared.FlickException;
import io.flick.shared.Problem;
import io.flick.shared.UploadId;
import io.flick.shared.UserId;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Resumable uploads, tus 1.0.0 with the creation, expiration, checksum and termination extensions
 * (https://tus.io/protocols/resumable-upload). An upload opened by {@code /videos/upload/init} is
 * already a tus resource at its {@code resumable_url}; {@code POST} here creates one directly.
 * Only the owner can see or touch an upload: for anyone else it does not exist (404).
 */
@RestController
@RequestMapping(TusController.PATH)
class TusController {

    static final String PATH = "/api/v1/uploads/tus";
    private static final String VERSION = "1.0.0";
    private static final String EXTENSIONS = "creation,expiration,checksum,termination";

    private final Uploads uploads;
    private final UploadStaging staging;
    private final UploadReceiver receiver;
    private final BlobStorage storage;
    private final UploadAdmission admission;
    private final Clock clock;
    private final UploadSettings limits;
    // One writer per upload at a time. Staging is on this node's disk, so a node-local lock is enough.
    private final ConcurrentHashMap<UploadId, ReentrantLock> writers = new ConcurrentHashMap<>();

    TusController(Uploads uploads, UploadStaging staging, UploadReceiver receiver, BlobStorage storage,
                  UploadAdmission admission, Clock clock, UploadSettings limits) {
        this.uploads = uploads;
        this.staging = staging;
        this.receiver = receiver;
        this.storage = storage;
        this.admission = admission;
        this.clock = clock;
        this.limits = limits;
    }

    @RequestMapping(method = RequestMethod.OPTIONS, path = {"", "/{uploadId}"})
    ResponseEntity<Void> options() {
        return ResponseEntity.noContent()
                .header("Tus-Resumable", VERSION)
                .header("Tus-Version", VERSION)
                .header("Tus-Extension", EXTENSIONS)
                .header("Tus-Max-Size", Long.toString(limits.maxBytes()))
                .header("Tus-Checksum-Algorithm", UploadChecksum.NAMES)
                .build();
    }

    @PostMapping
    ResponseEntity<Void> create(@CurrentUser UserId owner, @RequestHeader(name = "Tus-Resumable", required = false) String version,
                                @RequestHeader(name = "Upload-Length", required = false) Long length) {
        requireVersion(version);
        if (length == null) {
            throw FlickException.invalidField("Upload-Length", "required", "is required (deferred length is not supported)");
        }
        if (length <= 0) {
            throw FlickException.invalidField("Upload-Length", "out_of_range", "must be positive");
        }
        if (length > limits.maxBytes()) {
            throw new FlickException(MediaProblem.UPLOAD_TOO_LARGE, "The file is larger than uploads allow.");
        }
        var opened = admission.open(owner, "tus", new UploadDeclaration(length, null, null, null, null));
        UploadId id = opened.id();
        Instant expiresAt = opened.expiresAt();
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, PATH + "/" + id)
                .header("Tus-Resumable", VERSION)
                .header("Upload-Expires", httpDate(expiresAt))
                .build();
    }

    @RequestMapping(method = RequestMethod.HEAD, path = "/{uploadId}")
    ResponseEntity<Void> offset(@CurrentUser UserId owner, @PathVariable String uploadId,
                                @RequestHeader(name = "Tus-Resumable", required = false) String version) {
        requireVersion(version);
        UploadRow upload = owned(uploadId, owner);
        long offset = upload.status() == Status.PENDING ? staging.offset(upload.id()) : upload.receivedBytes();
        return ResponseEntity.ok()
                .header("Tus-Resumable", VERSION)
                .header("Upload-Offset", Long.toString(offset))
                .header("Upload-Length", Long.toString(upload.declaredSize()))
                .header("Upload-Expires", httpDate(upload.expiresAt()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @PatchMapping(path = "/{uploadId}", consumes = "application/offset+octet-stream")
    ResponseEntity<Void> append(@CurrentUser UserId owner, @PathVariable String uploadId,
                                @RequestHeader(name = "Tus-Resumable", required = false) String version,
                                @RequestHeader(name = "Upload-Offset", required = false) Long clientOffset,
                                @RequestHeader(name = "Upload-Checksum", required = false) String checksum,
                                HttpServletRequest request) throws IOException {
        requireVersion(version);
        // Refused before a byte is read: a malformed or unknown checksum is the client's mistake (400).
        UploadChecksum expected = checksum == null ? null : UploadChecksum.parse(checksum);
        UploadRow upload = owned(uploadId, owner);
        if (upload.status() != Status.PENDING) {
            throw new FlickException(MediaProblem.UPLOAD_URL_USED, "This upload is already complete.");
        }
        ReentrantLock lock = writers.computeIfAbsent(upload.id(), ignored -> new ReentrantLock());
        if (!lock.tryLock()) {
            throw new FlickException(Problem.CONFLICT, "Another request is writing this upload.");
        }
        try {
            long offset = staging.offset(upload.id());
            if (clientOffset == null || clientOffset != offset) {
                throw new FlickException(MediaProblem.UPLOAD_OFFSET_MISMATCH,
                        "The upload is at offset " + offset + ". Ask with HEAD and continue from there.");
            }
            long room = upload.declaredSize() - offset;
            long newOffset;
            try {
                newOffset = expected == null
                        ? staging.append(upload.id(), request.getInputStream(), room)
                        : appendVerified(upload, request, room, expected);
            } catch (SizeLimitedInputStream.LimitExceeded e) {
                throw new FlickException(MediaProblem.UPLOAD_TOO_LARGE, "The data goes past the upload's declared length.");
            }
            if (newOffset == upload.declaredSize()) {
                finish(upload);
            } else {
                uploads.progress(upload.id(), newOffset);
            }
            return ResponseEntity.noContent()
                    .header("Tus-Resumable", VERSION)
                    .header("Upload-Offset", Long.toString(newOffset))
                    .header("Upload-Expires", httpDate(upload.expiresAt()))
                    .build();
        } finally {
            lock.unlock();
            writers.remove(upload.id(), lock);
        }
    }

    @DeleteMapping("/{uploadId}")
    ResponseEntity<Void> terminate(@CurrentUser UserId owner, @PathVariable String uploadId,
                                   @RequestHeader(name = "Tus-Resumable", required = false) String version) {
        requireVersion(version);
        UploadRow upload = owned(uploadId, owner);
        if (!uploads.transition(upload.id(), Status.TERMINATED)) {
            throw new FlickException(Problem.CONFLICT, "This upload is already in use and cannot be deleted.");
        }
        staging.delete(upload.id());
        storage.delete(upload.sourceKey());
        return ResponseEntity.noContent().header("Tus-Resumable", VERSION).build();
    }

    /** The whole file is here: it moves into blob storage and the upload is ready to be completed. */
    private void finish(UploadRow upload) {
        try {
            if (!receiver.receive(upload.id(), staging.file(upload.id()), upload.declaredSize())) {
                owned(upload.id().toString(), upload.owner()); // gone or expired meanwhile: say so
                throw new FlickException(MediaProblem.UPLOAD_URL_USED, "This upload is already complete.");
            }
        } finally {
            staging.delete(upload.id());
        }
    }

    private long appendVerified(UploadRow upload, HttpServletRequest request, long room, UploadChecksum expected)
            throws IOException {
        Optional<Long> offset = staging.appendVerified(upload.id(), request.getInputStream(), room, expected);
        return offset.orElseThrow(() -> new FlickException(MediaProblem.CHECKSUM_MISMATCH,
                "The data does not match its checksum; nothing was written. Send the chunk again."));
    }

    private UploadRow owned(String uploadId, UserId owner) {
        UploadRow upload = uploads.find(UploadId.parse(uploadId))
                .filter(found -> found.owner().equals(owner) && found.status() != Status.TERMINATED)
                .orElseThrow(() -> new FlickException(MediaProblem.UPLOAD_NOT_FOUND, "There is no such upload."));
        if (upload.expired(clock.instant())) {
            throw new FlickException(MediaProblem.UPLOAD_EXPIRED, "This upload has expired. Start a new one.");
        }
        return upload;
    }

    private static void requireVersion(String version) {
        if (!VERSION.equals(version)) {
            throw new FlickException(MediaProblem.TUS_VERSION_UNSUPPORTED, "Send Tus-Resumable: " + VERSION + ".");
        }
    }

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
