package io.flick.video.upload;

import java.util.List;

/** Seed 001's upload bodies. */
final class UploadRequests {

    private UploadRequests() {
    }

    record Init(Long fileSize, Double videoDuration, VideoMetadata videoMetadata) {
    }

    record VideoMetadata(Integer width, Integer height, Double fps) {
    }

    record Complete(String uploadId, String caption, String soundId, List<String> hashtags, String privacy,
                    Boolean duetEnabled, Boolean stitchEnabled, Boolean commentEnabled) {
    }
}
