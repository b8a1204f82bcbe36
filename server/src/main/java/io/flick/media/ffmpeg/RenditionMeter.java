package io.flick.media.ffmpeg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

/**
 * Measures a rung the encoder finished: bandwidth from its segments, codecs from its init segment.
 * Both are read from the files rather than predicted, so the master playlist states what players
 * will get: the peak of a rate-controlled encode, and the level x264 actually chose.
 */
final class RenditionMeter {

    /** AAC-LC, the only audio the renditions carry. */
    static final String AAC_LC = "mp4a.40.2";
    private static final byte[] AVC_CONFIGURATION = {'a', 'v', 'c', 'C'};
    /** The avcC box is in the first kilobytes of an init segment; no need to read a big one whole. */
    private static final int INIT_READ_LIMIT = 64 * 1024;

    private RenditionMeter() {
    }

    static Rendition measure(OutputLayout out, Rung rung) {
        Path playlist = out.playlist(rung);
        List<MediaPlaylist.Segment> segments = MediaPlaylist.read(playlist).segments();
        long peak = 0;
        long bits = 0;
        double duration = 0;
        for (MediaPlaylist.Segment segment : segments) {
            long segmentBits = 8 * size(segment.file());
            bits += segmentBits;
            duration += segment.durationSeconds();
            if (segment.durationSeconds() > 0) {
                peak = Math.max(peak, Math.round(segmentBits / segment.durationSeconds()));
            }
        }
        long average = duration > 0 ? Math.round(bits / duration) : 0;
        if (peak == 0) {
            // Nothing to measure (an encode that wrote no segments fails before this): promise the budget.
            peak = 1000L * (rung.maxrateKbps() + rung.audioKbps());
            average = 1000L * (rung.videoKbps() + rung.audioKbps());
        }
        String codecs = avc1(out.initSegment(rung)) + "," + AAC_LC;
        return new Rendition(rung, playlist, out.playlistUri(rung), peak, average, codecs, duration);
    }

    /**
     * {@code avc1.PPCCLL}: profile, constraint flags and level, the three bytes after the version in
     * the init segment's AVC decoder configuration record (ISO/IEC 14496-15).
     */
    static String avc1(Path initSegment) {
        byte[] head;
        try (InputStream in = Files.newInputStream(initSegment)) {
            head = in.readNBytes(INIT_READ_LIMIT);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + initSegment, e);
        }
        for (int i = 0; i + AVC_CONFIGURATION.length + 4 <= head.length; i++) {
            if (head[i] == 'a' && head[i + 1] == 'v' && head[i + 2] == 'c' && head[i + 3] == 'C') {
                return "avc1." + HexFormat.of().formatHex(head, i + 5, i + 8);
            }
        }
        throw new IllegalStateException(initSegment + " has no AVC decoder configuration");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("a segment the playlist lists is missing: " + file, e);
        }
    }
}
