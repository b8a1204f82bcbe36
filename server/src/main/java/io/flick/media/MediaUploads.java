package io.flick.media;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.flick.media.upload.DirectUploadUrls;
import io.flick.media.upload.UploadAdmission;
import io.flick.media.upload.UploadKeys;
import io.flick.media.upload.Uploads;
import io.flick.platform.BlobStorage;
import io.flick.platform.RateLimit;
import io.flick.platform.RateLimiter;
import io.flick.shared.FieldError;
import io.flick.shared.FlickException;
import io.flick.shared.IdGenerator;
import io.flick.shared.Problem;
import io.flick.shared.UploadId;
import io.flick.shared.UserId;

/**
 * Opens uploads: checks a declaration against the limits and hands out where to send the bytes.
 * Only the owner of an upload can see it; to everyone else it does not exist.
 */
@Service
public class MediaUploads {

    /** Frame rates above this are not a phone camera's (240 fps slow motion is the fastest common one). */
    static final int MAX_FPS = 240;

    private final Uploads uploads;
    private final BlobStorage storage;
    private final DirectUploadUrls directUrls;
    private final IdGenerator ids;
    private final Clock clock;
    private final UploadSettings uploadSettings;
    private final io.flick.media.ffmpeg.MediaSettings clips;
    private final UploadAdmission admission;
    private final RateLimiter limiter;
    private final RateLimit completions;

    MediaUploads(Uploads uploads, BlobStorage storage, DirectUploadUrls directUrls, IdGenerator ids, Clock clock,
                 UploadSettings uploadSettings, io.flick.media.ffmpeg.MediaSettings clips, UploadAdmission admission,
                 RateLimiter limiter, UploadQuotaSettings quotas) {
        this.uploads = uploads;
        this.storage = storage;
        this.directUrls = directUrls;
        this.ids = ids;
        this.clock = clock;
        this.uploadSettings = uploadSettings;
        this.clips = clips;
        this.admission = admission;
        this.limiter = limiter;
        this.completions = new RateLimit("upload-completions", quotas.completesPerHour(), java.time.Duration.ofHours(1));
    }

    /**
     * A new upload of {@code owner}: refused up front if the declaration cannot succeed (400) or if the
     * account's upload quotas are used up (429, see {@link UploadQuotaSettings}).
     */
    public UploadTicket open(UserId owner, UploadDeclaration declaration) {
        check(declaration);
        var opened = admission.open(owner, "put", declaration);
        UploadId id = opened.id();
        String key = UploadKeys.source(id);
        String contentType = "application/octet-stream";
        var presigned = storage.presignUpload(key, contentType, declaration.fileSize(), uploadSettings.ttl());
        String uploadUrl = presigned.map(p -> p.url().toString())
                .orElseGet(() -> directUrls.sign(id, declaration.fileSize(), opened.expiresAt()));
        return new UploadTicket(id, uploadUrl, Map.of("Content-Type", contentType), directUrls.resumable(id),
                opened.expiresAt());
    }

    /** Spends one of the owner's upload completions; 429 {@code rate_limited} beyond the hourly budget. */
    public void admitCompletion(UserId owner) {
        limiter.acquire(completions, owner.toString());
    }

    /**
     * An upload made on the server's side from a local file (demo catalog, imports, benchmarks):
     * the same record a client upload leaves, already received.
     */
    public UploadId importFile(UserId owner, java.nio.file.Path file) {
        long size;
        try {
            size = java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        UploadId id = new UploadId(ids.next());
        Instant now = clock.instant();
        String key = UploadKeys.source(id);
        storage.put(key, file, "application/octet-stream");
        uploads.add(id, owner, "put", new UploadDeclaration(size, null, null, null, null), key,
                now.plus(uploadSettings.ttl()), now);
        uploads.received(id, size, now, now.plus(uploadSettings.ttl()));
        return id;
    }

    /** The upload if it exists and belongs to {@code owner}. */
    public Optional<UploadState> find(UploadId id, UserId owner) {
        Instant now = clock.instant();
        return uploads.find(id).filter(upload -> upload.owner().equals(owner)).map(upload -> upload.state(now));
    }

    private void check(UploadDeclaration declaration) {
        List<FieldError> errors = new ArrayList<>();
        if (declaration.fileSize() <= 0) {
            errors.add(new FieldError("file_size", "out_of_range", "must be positive"));
        } else if (declaration.fileSize() > uploadSettings.maxBytes()) {
            errors.add(new FieldError("file_size", "too_large",
                    "must be at most " + uploadSettings.maxBytes() / (1024 * 1024) + " MB"));
        }
        Double duration = declaration.durationSeconds();
        if (duration != null) {
            if (!Double.isFinite(duration)) {
                errors.add(new FieldError("video_duration", "not_a_number", "must be a finite number of seconds"));
            } else if (duration <= 0) {
                errors.add(new FieldError("video_duration", "out_of_range", "must be positive"));
            } else if (duration > clips.maxDuration().toSeconds()) {
                errors.add(new FieldError("video_duration", "too_long",
                        "must be at most " + clips.maxDuration().toSeconds() + " seconds"));
            } else if (duration * 1000 < clips.minDuration().toMillis()) {
                errors.add(new FieldError("video_duration", "too_short",
                        "must be at least " + clips.minDuration().toMillis() / 1000.0 + " seconds"));
            }
        }
        Double fps = declaration.fps();
        if (fps != null) {
            if (!Double.isFinite(fps)) {
                errors.add(new FieldError("video_metadata.fps", "not_a_number", "must be a finite number"));
            } else if (fps <= 0 || fps > MAX_FPS) {
                errors.add(new FieldError("video_metadata.fps", "out_of_range", "must be above 0 and at most " + MAX_FPS));
            }
        }
        checkDimension("video_metadata.width", declaration.width(), errors);
        checkDimension("video_metadata.height", declaration.height(), errors);
        if (!errors.isEmpty()) {
            throw new FlickException(Problem.VALIDATION_FAILED, "The upload cannot be accepted.", errors);
        }
    }

    private void checkDimension(String field, Integer value, List<FieldError> errors) {
        if (value != null && (value < 1 || value > clips.maxDimension())) {
            errors.add(new FieldError(field, "out_of_range", "must be between 1 and " + clips.maxDimension()));
        }
    }
}
