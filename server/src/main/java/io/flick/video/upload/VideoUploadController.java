package io.flick.video.upload;

import java.time.Instant;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.flick.media.MediaProcessing;
import io.flick.media.MediaUploads;
import io.flick.media.UploadDeclaration;
import io.flick.platform.CurrentUser;
import io.flick.shared.FlickException;
import io.flick.shared.UploadId;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;

/** Seed 001's upload API: init (where to send the bytes), then complete (make it a video). */
@RestController
@RequestMapping("/api/v1/videos/upload")
class VideoUploadController {

    private final MediaUploads uploads;
    private final MediaProcessing media;
    private final CompleteUpload complete;

    VideoUploadController(MediaUploads uploads, MediaProcessing media, CompleteUpload complete) {
        this.uploads = uploads;
        this.media = media;
        this.complete = complete;
    }

    @PostMapping("/init")
    @ResponseStatus(HttpStatus.CREATED)
    InitResponse init(@CurrentUser UserId me, @RequestBody UploadRequests.Init request) {
        if (request.fileSize() == null) {
            throw FlickException.invalidField("file_size", "required", "is required");
        }
        var metadata = request.videoMetadata();
        var ticket = uploads.open(me, new UploadDeclaration(WholeNumbers.clamped("file_size", request.fileSize()),
                request.videoDuration(),
                metadata == null ? null : WholeNumbers.clampedInt("video_metadata.width", metadata.width()),
                metadata == null ? null : WholeNumbers.clampedInt("video_metadata.height", metadata.height()),
                metadata == null ? null : metadata.fps()));
        return new InitResponse(ticket.uploadId(), ticket.uploadUrl(), "PUT", ticket.uploadHeaders(),
                ticket.resumableUrl(), ticket.expiresAt());
    }

    @PostMapping("/complete")
    @ResponseStatus(HttpStatus.CREATED)
    CompleteResponse complete(@CurrentUser UserId me, @RequestBody UploadRequests.Complete request) {
        uploads.admitCompletion(me);
        var video = complete.complete(me, request);
        var asset = media.asset(video.id().assetId());
        Instant eta = asset.map(a -> a.estimatedCompletion()).orElse(null);
        return new CompleteResponse(video.id(), video.status().name().toLowerCase(java.util.Locale.ROOT), eta);
    }

    record InitResponse(UploadId uploadId, String uploadUrl, String uploadMethod, Map<String, String> uploadHeaders,
                        String resumableUrl, Instant expiresAt) {
    }

    record CompleteResponse(VideoId videoId, String status, Instant estimatedCompletion) {
    }
}
