package io.flick.media.ffmpeg;

import java.util.ArrayList;
import java.util.List;

/**
 * The rendition plan for a source. Rungs are defined by their short edge, so portrait and landscape
 * clips get the same quality steps: a 1080x1920 source gives 1080x1920, 720x1280, 480x854 and
 * 360x640; a 1920x1080 one gives the same turned sideways. No rung is above the source's short
 * edge; a source below 360 on its short edge gets one rung at its own size. The lowest rung always
 * exists: it is the one that makes a video playable first.
 *
 * <p>Video bitrates are seed 001's ladder (1080p 3000k, 720p 2000k, 480p 1000k, 360p 600k), with a
 * maxrate of 1.5x and a buffer of 2x the target, so peaks stay bounded for players that pick a
 * rendition by its advertised bandwidth. Audio is AAC at 128k for 1080p and 720p and at 96k for 480p
 * and below: the documented choice, since the small rungs are the ones played on poor connections,
 * where 32k matter more than the last bit of audio quality.
 */
public final class Ladder {

    /** Above this the frame rate is reduced: more frames cost bandwidth that phones do not show. */
    public static final double MAX_FRAME_RATE = 60;

    private static final List<Step> STEPS = List.of(
            new Step(360, 600, 96),
            new Step(480, 1000, 96),
            new Step(720, 2000, 128),
            new Step(1080, 3000, 128));

    private Ladder() {
    }

    /** The rungs for {@code video}, lowest first. */
    public static List<Rung> plan(VideoStream video) {
        int width = video.displayWidth();
        int height = video.displayHeight();
        int shortEdge = Math.min(width, height);
        int longEdge = Math.max(width, height);
        boolean portrait = height > width;
        double frameRate = video.fps() > 0 ? Math.min(video.fps(), MAX_FRAME_RATE) : 30;
        var rungs = new ArrayList<Rung>();
        for (Step step : STEPS) {
            if (step.shortEdge() <= shortEdge) {
                int scaledLong = even((double) longEdge * step.shortEdge() / shortEdge);
                rungs.add(step.rung(step.shortEdge() + "p", portrait ? step.shortEdge() : scaledLong,
                        portrait ? scaledLong : step.shortEdge(), frameRate));
            }
        }
        if (rungs.isEmpty()) {
            int evenWidth = Math.max(2, width - width % 2);
            int evenHeight = Math.max(2, height - height % 2);
            rungs.add(STEPS.getFirst().rung(Math.min(evenWidth, evenHeight) + "p", evenWidth, evenHeight, frameRate));
        }
        return List.copyOf(rungs);
    }

    private static int even(double value) {
        return (int) (2 * Math.round(value / 2));
    }

    private record Step(int shortEdge, int videoKbps, int audioKbps) {

        Rung rung(String name, int width, int height, double frameRate) {
            return new Rung(name, width, height, frameRate, videoKbps, videoKbps * 3 / 2, videoKbps * 2, audioKbps);
        }
    }
}
