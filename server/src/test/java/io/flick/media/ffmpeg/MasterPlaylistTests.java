package io.flick.media.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterPlaylistTests {

    @TempDir
    Path directory;

    private final OutputLayout out = new OutputLayout(Path.of("/media/out"));
    private final List<Rung> rungs = Ladder.plan(new VideoStream("h264", 1080, 1920, 30, 0));

    @Test
    void masterPlaylistListsFinishedRenditionsLowestFirst() {
        String text = MasterPlaylist.render(List.of(rendition(2), rendition(0), rendition(1)));

        List<String> lines = text.lines().toList();
        assertThat(lines.subList(0, 3)).containsExactly("#EXTM3U", "#EXT-X-VERSION:7", "#EXT-X-INDEPENDENT-SEGMENTS");
        List<Map<String, String>> variants = variants(lines);
        assertThat(variants).extracting(variant -> variant.get("RESOLUTION")).containsExactly("360x640", "480x854", "720x1280");
        assertThat(variants).extracting(variant -> variant.get("URI"))
                .containsExactly("360p/index.m3u8", "480p/index.m3u8", "720p/index.m3u8");
        assertThat(variants.getFirst()).containsEntry("BANDWIDTH", "1000000").containsEntry("AVERAGE-BANDWIDTH", "700000")
                .containsEntry("FRAME-RATE", "30.000").containsEntry("CODECS", "\"avc1.64001e,mp4a.40.2\"");
        assertThat(text).endsWith("\n").doesNotContain("\r");
    }

    @Test
    void aMasterPlaylistIsRewrittenWholeAsRungsFinish() throws IOException {
        var layout = new OutputLayout(directory);

        MasterPlaylist.write(layout, List.of(rendition(0)));
        assertThat(variants(Files.readAllLines(layout.masterPlaylist()))).hasSize(1);
        MasterPlaylist.write(layout, List.of(rendition(0), rendition(1), rendition(2), rendition(3)));

        assertThat(variants(Files.readAllLines(layout.masterPlaylist()))).hasSize(4);
        try (var files = Files.list(directory)) {
            assertThat(files).containsExactly(layout.masterPlaylist()); // no temporary file left
        }
    }

    @Test
    void aMasterPlaylistNeedsARendition() {
        assertThatThrownBy(() -> MasterPlaylist.render(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private Rendition rendition(int index) {
        Rung rung = rungs.get(index);
        long peak = (index + 1) * 1_000_000L;
        return new Rendition(rung, out.playlist(rung), out.playlistUri(rung), peak, peak * 7 / 10,
                "avc1.64001e,mp4a.40.2", 12);
    }

    /** Parses the variants as a player would: attributes of each STREAM-INF and the URI line after it. */
    static List<Map<String, String>> variants(List<String> lines) {
        var variants = new ArrayList<Map<String, String>>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("#EXT-X-STREAM-INF:")) {
                var attributes = new LinkedHashMap<String, String>();
                for (String pair : lines.get(i).substring(18).split(",(?=[A-Z-]+=)")) {
                    int equals = pair.indexOf('=');
                    attributes.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
                attributes.put("URI", lines.get(i + 1));
                variants.add(attributes);
            }
        }
        return variants;
    }
}
