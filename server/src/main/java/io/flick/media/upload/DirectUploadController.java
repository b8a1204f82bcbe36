package io.flick.media.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

import io.flick.media.MediaProblem;
import io.flick.media.UploadState.Status;
import io.flick.platform.SizeLimitedInputStream;
import io.flick.shared.FlickException;
import io.flick.shared.UploadId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Receives the one {@code PUT} a signed upload URL allows. The body is streamed through a size limit
 * into a staging file of its own (never held in memory); an upload that grows past its limit is cut
 * off with 413 and the connection closed, without reading the rest. Only a whole body is stored as
 * the upload's source, by the first attempt to finish: until then the URL may be used again, also
 * while an earlier attempt hangs on a connection that went silent, or after the server died during
 * one. Once an attempt succeeded, the URL is used up.
 */
@RestController
class DirectUploadController {

    private static final Logger log = LoggerFactory.getLogger(DirectUploadController.class);

    private final Uploads uploads;
    private final DirectUploadUrls urls;
    private final UploadStaging staging;
    private final UploadReceiver receiver;
    private final Clock clock;

    DirectUploadController(Uploads uploads, DirectUploadUrls urls, UploadStaging staging, UploadReceiver receiver,
                           Clock clock) {
        this.uploads = uploads;
        this.urls = urls;
        this.staging = staging;
        this.receiver = receiver;
        this.clock = clock;
    }

    @PutMapping(DirectUploadUrls.PATH + "{uploadId}")
    ResponseEntity<Received> put(@PathVariable String uploadId, @RequestParam(required = false) Long expires,
                                 @RequestParam(required = false) Long max, @RequestParam(required = false) String signature,
                                 HttpServletRequest request, HttpServletResponse response) throws IOException {
        UploadId id = UploadId.parse(uploadId);
        Instant now = clock.instant();
        if (expires == null || max == null || !urls.verify(id, max, expires, signature)) {
            throw new FlickException(MediaProblem.UPLOAD_URL_INVALID, "This upload URL is not valid.");
        }
        if (Instant.ofEpochSecond(expires).isBefore(now)) {
            throw new FlickException(MediaProblem.UPLOAD_URL_INVALID, "This upload URL has expired. Start a new upload.");
        }
        UploadRow upload = uploads.find(id).filter(u -> u.status() != Status.TERMINATED)
                .orElseThrow(() -> new FlickException(MediaProblem.UPLOAD_NOT_FOUND, "There is no such upload."));
        if (request.getContentLengthLong() > max) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
            throw new FlickException(MediaProblem.UPLOAD_TOO_LARGE, "The file is larger than this upload allows.");
        }
        requireAwaitingBytes(upload);
        Path attempt = staging.newAttempt(id);
        var body = new SizeLimitedInputStream(request.getInputStream(), max);
        try {
            try {
                Files.copy(body, attempt, StandardCopyOption.REPLACE_EXISTING);
            } catch (SizeLimitedInputStream.LimitExceeded e) {
                response.setHeader(HttpHeaders.CONNECTION, "close");
                throw new FlickException(MediaProblem.UPLOAD_TOO_LARGE, "The file is larger than this upload allows.");
            } catch (IOException brokenOff) {
                // The client (or its network) went away mid-body: an everyday event on phones, not a server fault.
                log.info("Direct upload {} broke off after {} bytes; the URL can be used again", id, body.count());
                throw new FlickException(MediaProblem.UPLOAD_INCOMPLETE,
                        "The file did not arrive whole. Send it again to the same URL.");
            }
            if (!receiver.receive(id, attempt, body.count())) {
                requireAwaitingBytes(uploads.find(id).orElseThrow());
                throw new FlickException(MediaProblem.UPLOAD_URL_USED, "This upload URL was already used.");
            }
            return ResponseEntity.ok(new Received(id, body.count()));
        } finally {
            staging.delete(attempt);
        }
    }

    private void requireAwaitingBytes(UploadRow upload) {
        if (upload.expired(clock.instant())) {
            throw new FlickException(MediaProblem.UPLOAD_EXPIRED, "This upload has expired. Start a new one.");
        }
        if (upload.status() == Status.TERMINATED) {
            throw new FlickException(MediaProblem.UPLOAD_NOT_FOUND, "There is no such upload.");
        }
        if (!UploadTransitions.awaitsBytes(upload.status())) {
            throw new FlickException(MediaProblem.UPLOAD_URL_USED, "This upload URL was already used.");
        }
    }

    record Received(UploadId uploadId, long size) {
    }
}
