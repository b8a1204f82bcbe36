package io.flick.video.upload;

import java.util.List;

/** Seed 001's upload bodies. */
final class UploadRequests {

    private UploadRequests() {
    }

    /** Whole numbers are taken as any JSON number, so that one too big for a long is refused by name, not by the parser. */
    record Init(Number fileSize, Double videoDuration, VideoMetadata videoMetadata) {
    }

    record VideoMetadata(Number width, Number height, Double fps) {
    }

    /** @param coverTime seconds into the clip of the picture its thumbnails show (absent: 1 s in) */
    record Complete(String uploadId, String caption, String soundId, List<String> hashtags, String privacy,
                    Boolean duetEnabled, Boolean stitchEnabled, Boolean commentEnabled, Double coverTime) {
    }
}
