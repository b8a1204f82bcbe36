package io.flick.video;

import java.util.List;

import io.flick.shared.SoundId;

/**
 * What an uploader says about a video (seed 001's upload complete body, minus the upload).
 *
 * @param coverSeconds the moment of the clip its thumbnails show (null: the default, 1 s in)
 */
public record VideoDetails(String caption, SoundId sound, List<String> hashtags, Privacy privacy, boolean duetEnabled,
                           boolean stitchEnabled, boolean commentEnabled, Double coverSeconds) {

    public VideoDetails(String caption, SoundId sound, List<String> hashtags, Privacy privacy, boolean duetEnabled,
                        boolean stitchEnabled, boolean commentEnabled) {
        this(caption, sound, hashtags, privacy, duetEnabled, stitchEnabled, commentEnabled, null);
    }

    public static VideoDetails publicVideo(String caption) {
        return new VideoDetails(caption, null, List.of(), Privacy.PUBLIC, true, true, true);
    }
}
