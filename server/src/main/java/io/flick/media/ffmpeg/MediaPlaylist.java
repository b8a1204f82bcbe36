package io.flick.media.ffmpeg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of an HLS media playlist the pipeline checks: its init segment and its segments with
 * their durations. Segment addresses are resolved next to the playlist and must stay in its folder.
 */
record MediaPlaylist(Optional<Path> initSegment, List<Segment> segments, boolean ended) {

    record Segment(Path file, double durationSeconds) {
    }

    double durationSeconds() {
        return segments.stream().mapToDouble(Segment::durationSeconds).sum();
    }

    static MediaPlaylist read(Path playlist) {
        List<String> lines;
        try {
            lines = Files.readAllLines(playlist);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + playlist, e);
        }
        Path folder = playlist.toAbsolutePath().normalize().getParent();
        Optional<Path> init = Optional.empty();
        var segments = new ArrayList<Segment>();
        boolean ended = false;
        Double pendingDuration = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("#EXT-X-MAP:")) {
                int start = line.indexOf("URI=\"") + 5;
                init = Optional.of(resolve(folder, line.substring(start, line.indexOf('"', start))));
            } else if (line.startsWith("#EXTINF:")) {
                int comma = line.indexOf(',');
                pendingDuration = Double.parseDouble(line.substring(8, comma < 0 ? line.length() : comma));
            } else if (line.equals("#EXT-X-ENDLIST")) {
                ended = true;
            } else if (!line.isEmpty() && !line.startsWith("#") && pendingDuration != null) {
                segments.add(new Segment(resolve(folder, line), pendingDuration));
                pendingDuration = null;
            }
        }
        return new MediaPlaylist(init, List.copyOf(segments), ended);
    }

    private static Path resolve(Path folder, String uri) {
        Path file = folder.resolve(uri).normalize();
        if (!file.startsWith(folder)) {
            throw new IllegalStateException("the playlist in " + folder + " points outside its folder: " + uri);
        }
        return file;
    }
}
