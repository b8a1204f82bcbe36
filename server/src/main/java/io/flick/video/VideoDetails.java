package io.flick.video;

import java.util.List;

import io.flick.shared.SoundId;

/** What an uploader says about a video (seed 001's upload complete body, minus the upload). */
public record VideoDetails(String caption, SoundId sound, List<String> hashtags, Privacy privacy, boolean duetEnabled,
                           boolean stitchEnabled, boolean commentEnabled) {

    public static VideoDetails publicVideo(String caption) {
        return new VideoDetails(caption, null, List.of(), Privacy.PUBLIC, true, true, true);
    }
}
