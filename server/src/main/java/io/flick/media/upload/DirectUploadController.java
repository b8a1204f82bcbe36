package io.flick.media.upload;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.flick.media.UploadState.Status;
import io.flick.platform.BlobStorage;
import io.flick.shared.FlickException;
import io.flick.shared.Problem;
import io.flick.shared.UploadId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Receives the one {@code PUT} a signed upload URL allows. The body is streamed straight into blob
 * storage through a size limit (never held in memory); an upload that grows past its limit is cut
 * off with 413 and the connection closed, without reading the rest. A URL works once: a second
 * {@code PUT} after success is refused; after a failed attempt the URL may be used again.
 */
@RestController
class DirectUploadController {

    private static final Logger log = LoggerFactory.getLogger(DirectUploadController.class);

    private final UploadRecords uploads;
    private final DirectUploadUrls urls;
    private final BlobStorage storage;
    private final Clock clock;

    DirectUploadController(UploadRecords uploads, DirectUploadUrls urls, BlobStorage storage, Clock clock) {
        this.uploads = uploads;
        this.urls = urls;
        this.storage = storage;
        this.clock = clock;
    }

    @PutMapping(DirectUploadUrls.PATH + "{uploadId}")
    ResponseEntity<Received> put(@PathVariable String uploadId, @RequestParam(required = false) Long expires,
                                 @RequestParam(required = false) Long max, @RequestParam(required = false) String signature,
                                 HttpServletRequest request, HttpServletResponse response) throws IOException {
        UploadId id = UploadId.parse(uploadId);
        Instant now = clock.instant();
        if (expires == null || max == null || !urls.verify(id, max, expires, signature)) {
            throw new FlickException(Problem.UPLOAD_URL_INVALID, "This upload URL is not valid.");
        }
        if (Instant.ofEpochSecond(expires).isBefore(now)) {
            throw new FlickException(Problem.UPLOAD_URL_INVALID, "This upload URL has expired. Start a new upload.");
        }
        UploadRow upload = uploads.find(id)
                .orElseThrow(() -> new FlickException(Problem.UPLOAD_NOT_FOUND, "There is no such upload."));
        if (request.getContentLengthLong() > max) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
            throw new FlickException(Problem.UPLOAD_TOO_LARGE, "The file is larger than this upload allows.");
        }
        if (!uploads.transition(id, Status.PENDING, Status.RECEIVING)) {
            throw new FlickException(Problem.UPLOAD_URL_USED, "This upload URL was already used.");
        }
        var body = new SizeLimitedInputStream(request.getInputStream(), max);
        try {
            storage.put(upload.sourceKey(), body, "application/octet-stream");
        } catch (RuntimeException e) {
            uploads.transition(id, Status.RECEIVING, Status.PENDING); // nothing stored; the URL may be retried
            if (causedByLimit(e)) {
                response.setHeader(HttpHeaders.CONNECTION, "close");
                throw new FlickException(Problem.UPLOAD_TOO_LARGE, "The file is larger than this upload allows.");
            }
            log.info("Direct upload {} broke off after {} bytes; it can be retried", id, body.count());
            throw e;
        }
        uploads.received(id, body.count(), clock.instant());
        return ResponseEntity.ok(new Received(id, body.count()));
    }

    private static boolean causedByLimit(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SizeLimitedInputStream.LimitExceeded) {
                return true;
            }
        }
        return false;
    }

    record Received(UploadId uploadId, long size) {
    }
}
