package io.flick.media.ffmpeg;

import java.nio.file.Path;

/**
 * Where a transcode writes, all under one folder:
 * <pre>
 * master.m3u8
 * thumb_large.jpg  thumb_small.jpg  audio.m4a
 * 360p/index.m3u8  360p/init.mp4  360p/seg_000.m4s …
 * 720p/…
 * </pre>
 * Every name is a valid blob key, so the folder can be uploaded as it is. Every path is checked to
 * stay inside the folder: a command never writes anywhere else.
 */
public record OutputLayout(Path root) {

    public static final String MASTER_PLAYLIST = "master.m3u8";
    public static final String PLAYLIST = "index.m3u8";
    public static final String INIT_SEGMENT = "init.mp4";
    public static final String SEGMENT_PATTERN = "seg_%03d.m4s";
    public static final String THUMB_LARGE = "thumb_large.jpg";
    public static final String THUMB_SMALL = "thumb_small.jpg";
    public static final String AUDIO = "audio.m4a";

    public OutputLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path masterPlaylist() {
        return inside(MASTER_PLAYLIST);
    }

    public Path rungDirectory(Rung rung) {
        return inside(rung.name());
    }

    public Path playlist(Rung rung) {
        return inside(rung.name() + "/" + PLAYLIST);
    }

    /** The playlist's address relative to the master playlist. */
    public String playlistUri(Rung rung) {
        return rung.name() + "/" + PLAYLIST;
    }

    Path segmentPattern(Rung rung) {
        return inside(rung.name() + "/" + SEGMENT_PATTERN);
    }

    public Path initSegment(Rung rung) {
        return inside(rung.name() + "/" + INIT_SEGMENT);
    }

    public Path thumbLarge() {
        return inside(THUMB_LARGE);
    }

    public Path thumbSmall() {
        return inside(THUMB_SMALL);
    }

    public Path audio() {
        return inside(AUDIO);
    }

    private Path inside(String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("'" + relative + "' is not a file inside the output folder");
        }
        return path;
    }
}
