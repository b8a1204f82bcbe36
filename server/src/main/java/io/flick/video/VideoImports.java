package io.flick.video;

import org.springframework.stereotype.Service;

import io.flick.shared.UploadId;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;

/** Creates videos from uploads on the server's side (demo catalog, imports), exactly as the upload API does. */
@Service
public class VideoImports {

    private final io.flick.video.upload.CompleteUpload complete;

    VideoImports(io.flick.video.upload.CompleteUpload complete) {
        this.complete = complete;
    }

    public VideoId create(UserId owner, UploadId upload, VideoDetails details) {
        return complete.complete(owner, upload, details).id();
    }
}
