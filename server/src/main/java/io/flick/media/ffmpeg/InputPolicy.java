package io.flick.media.ffmpeg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How an untrusted file is handed to ffmpeg. Only local files are read and only the demuxers of
 * ordinary video and audio containers may open them: a playlist, a concat list or an image sequence
 * disguised as an upload could otherwise make ffmpeg read other local files or reach the network.
 * The path is absolute, so a file name can never read as an option ({@code -x}) or a protocol
 * ({@code concat:}, {@code http:}).
 */
final class InputPolicy {

    /**
     * Demuxer names: MP4/MOV/M4A/3GP, Matroska/WebM, AVI, MPEG-TS, FLV, ASF/WMV, MPEG-PS, Ogg, and the
     * audio formats a sound may come in.
     */
    static final String FORMATS = "mov,matroska,avi,mpegts,flv,asf,mpeg,ogg,mp3,aac,wav,flac";

    private InputPolicy() {
    }

    /** The input options and {@code -i} for {@code file}. */
    static List<String> input(Path file) {
        return List.of("-protocol_whitelist", "file", "-format_whitelist", FORMATS,
                "-i", file.toAbsolutePath().normalize().toString());
    }

    /** The same with input options of the caller's (looping, a time limit) placed before {@code -i}. */
    static List<String> input(Path file, List<String> options) {
        var all = new ArrayList<>(options);
        all.addAll(input(file));
        return List.copyOf(all);
    }
}
