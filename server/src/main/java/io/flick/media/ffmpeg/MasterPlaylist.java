package io.flick.media.ffmpeg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The HLS master playlist of the renditions finished so far. A video is published with its lowest
 * rung alone and the playlist is written again as the others finish; each write replaces the file
 * in one rename, so a player fetching it meanwhile reads the old list or the new one, never half.
 */
public final class MasterPlaylist {

    private MasterPlaylist() {
    }

    /** Lowest rendition first: players that start with the first entry start fast. */
    public static String render(List<Rendition> renditions) {
        if (renditions.isEmpty()) {
            throw new IllegalArgumentException("a master playlist needs at least one rendition");
        }
        var text = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:7\n#EXT-X-INDEPENDENT-SEGMENTS\n");
        renditions.stream()
                .sorted(Comparator.comparingLong((Rendition r) -> (long) r.rung().width() * r.rung().height())
                        .thenComparingLong(Rendition::bandwidth))
                .forEach(rendition -> text.append(String.format(Locale.ROOT,
                        "#EXT-X-STREAM-INF:BANDWIDTH=%d,AVERAGE-BANDWIDTH=%d,RESOLUTION=%dx%d,FRAME-RATE=%.3f,CODECS=\"%s\"\n%s\n",
                        rendition.bandwidth(), rendition.averageBandwidth(), rendition.rung().width(),
                        rendition.rung().height(), rendition.rung().frameRate(), rendition.codecs(), rendition.uri())));
        return text.toString();
    }

    /** Writes {@code master.m3u8} into the output folder, replacing the previous one atomically. */
    public static Path write(OutputLayout out, List<Rendition> renditions) {
        Path target = out.masterPlaylist();
        Path temp = target.resolveSibling(OutputLayout.MASTER_PLAYLIST + ".tmp");
        try {
            Files.writeString(temp, render(renditions), StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target, e);
        }
        return target;
    }
}
