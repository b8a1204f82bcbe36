package io.flick.media.ffmpeg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the ffmpeg commands of the pipeline. Each decodes its source once and {@code split}s the
 * pictures to every output, so adding a rung costs an encode, not a decode.
 *
 * <ul>
 * <li>{@link #firstPass}: the lowest rung, the thumbnails and the audio track, the minimum that
 * makes a video publishable;</li>
 * <li>{@link #ladder}: every other rung;</li>
 * <li>{@link #rawLadder}: all of it in one command with the same encoder settings, the baseline the
 * transcoding benchmark compares the two-step pipeline against.</li>
 * </ul>
 *
 * <p>All rungs share the keyframe schedule: a keyframe is forced every 2 seconds of presentation time
 * ({@code -force_key_frames expr:gte(t,n_forced*2)}), scene-cut keyframes are off and x264's own
 * interval is set far beyond 2 seconds. Being a function of time rather than of a frame count, the
 * schedule also holds for the variable frame rates phones record, so every 2-second HLS segment of
 * every rung starts with a keyframe at the same instant and players can switch rungs at any segment.
 * Audio in the renditions is always AAC-LC stereo at 48 kHz; a clip without sound gets a silent track
 * so that every rendition has the same streams.
 */
public final class EncodeCommands {

    static final int SEGMENT_SECONDS = 2;
    /** Longest edge of the large still: a poster under the player and a card in a two-column grid. */
    static final int THUMB_LARGE_EDGE = 960;
    /** Longest edge of the small still: a card in a three-column profile grid. */
    static final int THUMB_SMALL_EDGE = 480;
    static final int EXTRACTED_AUDIO_KBPS = 128;

    private final EncodeSettings settings;

    public EncodeCommands(EncodeSettings settings) {
        this.settings = settings;
    }

    /** The lowest rung, both thumbnails and {@code audio.m4a}, in one process. */
    public EncodePlan firstPass(EncodeRequest request) {
        List<Rung> rungs = Ladder.plan(request.video());
        return command(request, rungs.subList(0, 1), true, true);
    }

    /** Every rung but the lowest, in one process; empty arguments when the ladder has only one rung. */
    public EncodePlan ladder(EncodeRequest request) {
        List<Rung> rungs = Ladder.plan(request.video());
        if (rungs.size() == 1) {
            return new EncodePlan(List.of(), List.of(), List.of(), Optional.empty());
        }
        return command(request, rungs.subList(1, rungs.size()), false, false);
    }

    /** Both thumbnails alone, at the request's cover time: a cover chosen again after publishing. */
    public EncodePlan stills(EncodeRequest request) {
        OutputLayout out = request.output();
        List<Thumbnail> thumbnails = thumbnails(request.video(), out);
        requireSourceNotOverwritten(request, List.of(), thumbnails, Optional.empty());
        String threads = Integer.toString(settings.threads());
        var args = new ArrayList<>(List.of("-nostdin", "-y", "-hide_banner", "-loglevel", "error",
                "-progress", "pipe:1", "-nostats", "-filter_complex_threads", threads, "-threads", threads));
        List<String> sourceOptions = Double.isFinite(request.decodeCapSeconds())
                ? List.of("-t", seconds(request.decodeCapSeconds())) : List.of();
        args.addAll(InputPolicy.input(request.source(), sourceOptions));
        args.addAll(List.of("-filter_complex", filterGraph(request, List.of(), thumbnails)));
        args.addAll(still("[thumb_large]", thumbnails.get(0).file()));
        args.addAll(still("[thumb_small]", thumbnails.get(1).file()));
        return new EncodePlan(args, List.of(), thumbnails, Optional.empty());
    }

    /** Every rung, both thumbnails and the audio track in one process. */
    public EncodePlan rawLadder(EncodeRequest request) {
        return command(request, Ladder.plan(request.video()), true, false);
    }

    /**
     * @param fastDecode decode without the deblocking filter and with the decoder's speed shortcuts:
     *                   for the first pass, whose only picture outputs are the lowest rung and
     *                   thumbnails, downscaled at least threefold, where the difference does not show.
     *                   It makes the second decode of the source (the ladder's) cost less.
     */
    private EncodePlan command(EncodeRequest request, List<Rung> rungs, boolean withStillsAndAudio, boolean fastDecode) {
        OutputLayout out = request.output();
        List<Thumbnail> thumbnails = withStillsAndAudio ? thumbnails(request.video(), out) : List.of();
        boolean extractsAudio = withStillsAndAudio && (request.replacementAudio().isPresent() || request.probe().audio().isPresent());
        Optional<Path> audio = extractsAudio ? Optional.of(out.audio()) : Optional.empty();
        requireSourceNotOverwritten(request, rungs, thumbnails, audio);

        String threads = Integer.toString(settings.threads());
        var args = new ArrayList<>(List.of("-nostdin", "-y", "-hide_banner", "-loglevel", "error",
                "-progress", "pipe:1", "-nostats", "-filter_complex_threads", threads, "-threads", threads));
        var sourceOptions = new ArrayList<String>();
        if (fastDecode) {
            sourceOptions.addAll(List.of("-skip_loop_filter", "all", "-flags2", "+fast"));
        }
        if (Double.isFinite(request.decodeCapSeconds())) {
            // Reading stops here whatever the container claims: a file cannot keep the encoder busy longer.
            sourceOptions.addAll(List.of("-t", seconds(request.decodeCapSeconds())));
        }
        args.addAll(InputPolicy.input(request.source(), sourceOptions));
        String audioInput = audioInput(request, args);
        args.addAll(List.of("-filter_complex", filterGraph(request, rungs, thumbnails)));
        for (int i = 0; i < rungs.size(); i++) {
            args.addAll(rendition(rungs.get(i), "[v" + i + "]", audioInput, out));
        }
        if (!thumbnails.isEmpty()) {
            args.addAll(still("[thumb_large]", thumbnails.get(0).file()));
            args.addAll(still("[thumb_small]", thumbnails.get(1).file()));
        }
        if (audio.isPresent()) {
            args.addAll(List.of("-map", audioInput));
            boolean copy = request.usesSourceAudio() && request.probe().audio().orElseThrow().codec().equals("aac");
            // An AAC track is kept as it is; anything else, and a looped sound, is encoded once more.
            args.addAll(copy ? List.of("-c:a", "copy")
                    : List.of("-c:a", "aac", "-b:a", EXTRACTED_AUDIO_KBPS + "k"));
            args.addAll(List.of("-map_metadata", "-1", "-map_chapters", "-1", "-movflags", "+faststart",
                    audio.get().toString()));
        }
        return new EncodePlan(args, rungs, thumbnails, audio);
    }

    /**
     * Adds the audio input when the renditions do not use the source's own, and answers the stream
     * the renditions map: a sound looped and cut to the clip's duration, or silence of that duration.
     */
    private static String audioInput(EncodeRequest request, List<String> args) {
        String duration = seconds(request.probe().durationSeconds());
        if (request.replacementAudio().isPresent()) {
            args.addAll(InputPolicy.input(request.replacementAudio().get(), List.of("-stream_loop", "-1", "-t", duration)));
            return "1:a:0";
        }
        if (request.probe().audio().isEmpty()) {
            args.addAll(List.of("-f", "lavfi", "-t", duration, "-i", "anullsrc=r=48000:cl=stereo"));
            return "1:a:0";
        }
        return "0:a:0";
    }

    /**
     * {@code [0:V:0]} (the first video stream that is not a cover picture), already turned upright by
     * ffmpeg's autorotation, split into one scaled branch per rung and one branch for the stills.
     */
    private static String filterGraph(EncodeRequest request, List<Rung> rungs, List<Thumbnail> thumbnails) {
        VideoStream video = request.video();
        int branches = rungs.size() + (thumbnails.isEmpty() ? 0 : 1);
        var graph = new StringBuilder("[0:V:0]");
        if (video.fps() > Ladder.MAX_FRAME_RATE) {
            graph.append("fps=").append(number(Ladder.MAX_FRAME_RATE)).append(',');
        }
        graph.append("split=").append(branches);
        for (int i = 0; i < rungs.size(); i++) {
            graph.append("[s").append(i).append(']');
        }
        if (!thumbnails.isEmpty()) {
            graph.append("[still]");
        }
        for (int i = 0; i < rungs.size(); i++) {
            Rung rung = rungs.get(i);
            graph.append(";[s").append(i).append("]scale=").append(rung.width()).append(':').append(rung.height())
                    .append(",setsar=1,format=yuv420p[v").append(i).append(']');
        }
        if (!thumbnails.isEmpty()) {
            Thumbnail large = thumbnails.get(0);
            Thumbnail small = thumbnails.get(1);
            // The first picture at the still's time; select drops the rest cheaply until the outputs close.
            graph.append(";[still]trim=start=")
                    .append(seconds(stillTime(request.probe().durationSeconds(), request.coverSeconds())))
                    .append(",select=eq(n\\,0),split=2[large][small]")
                    .append(";[large]scale=").append(large.width()).append(':').append(large.height()).append(",setsar=1[thumb_large]")
                    .append(";[small]scale=").append(small.width()).append(':').append(small.height()).append(",setsar=1[thumb_small]");
        }
        return graph.toString();
    }

    private List<String> rendition(Rung rung, String videoLabel, String audioInput, OutputLayout out) {
        int keyframeInterval = (int) Math.ceil(rung.frameRate() * 10);
        return List.of("-map", videoLabel, "-map", audioInput,
                "-c:v", "libx264", "-preset", settings.x264Preset(), "-profile:v", "high", "-pix_fmt", "yuv420p",
                "-threads", Integer.toString(settings.threads()),
                "-b:v", rung.videoKbps() + "k", "-maxrate", rung.maxrateKbps() + "k", "-bufsize", rung.bufsizeKbits() + "k",
                "-force_key_frames", "expr:gte(t,n_forced*" + SEGMENT_SECONDS + ")", "-sc_threshold", "0",
                "-g", Integer.toString(keyframeInterval),
                "-c:a", "aac", "-b:a", rung.audioKbps() + "k", "-ac", "2", "-ar", "48000",
                // Phones write the place a clip was shot into its metadata: none of it is published.
                "-map_metadata", "-1", "-map_chapters", "-1",
                "-f", "hls", "-hls_time", Integer.toString(SEGMENT_SECONDS), "-hls_playlist_type", "vod",
                "-hls_flags", "independent_segments", "-hls_segment_type", "fmp4",
                "-hls_fmp4_init_filename", OutputLayout.INIT_SEGMENT,
                "-hls_segment_filename", out.segmentPattern(rung).toString(), out.playlist(rung).toString());
    }

    private static List<String> still(String label, Path file) {
        return List.of("-map", label, "-frames:v", "1", "-c:v", "mjpeg", "-q:v", "3", "-map_metadata", "-1",
                "-f", "image2", "-update", "1", file.toString());
    }

    /**
     * The uploader's cover time, or 1 s in (the middle of a clip shorter than 2 s). A cover time
     * is kept half a second clear of the end the container claims (the middle of a clip shorter
     * than 1 s): a still asked for past the last picture would never be written, and the picture
     * track often ends a little before the audio that sets the claimed duration.
     */
    static double stillTime(double durationSeconds, Double coverSeconds) {
        if (coverSeconds == null) {
            return durationSeconds < 2 ? durationSeconds / 2 : 1;
        }
        double latest = Math.max(durationSeconds / 2, durationSeconds - 0.5);
        return Math.max(0, Math.min(coverSeconds, latest));
    }

    /** Both stills, scaled to their long edge, never above the source. */
    static List<Thumbnail> thumbnails(VideoStream video, OutputLayout out) {
        return List.of(thumbnail(video, THUMB_LARGE_EDGE, out.thumbLarge()), thumbnail(video, THUMB_SMALL_EDGE, out.thumbSmall()));
    }

    private static Thumbnail thumbnail(VideoStream video, int longEdge, Path file) {
        int width = video.displayWidth();
        int height = video.displayHeight();
        double scale = Math.min(1, (double) longEdge / Math.max(width, height));
        return new Thumbnail(file, even(width * scale), even(height * scale));
    }

    private static void requireSourceNotOverwritten(EncodeRequest request, List<Rung> rungs, List<Thumbnail> thumbnails,
            Optional<Path> audio) {
        for (Path input : request.replacementAudio().map(sound -> List.of(request.source(), sound)).orElse(List.of(request.source()))) {
            boolean clash = audio.filter(input::equals).isPresent()
                    || thumbnails.stream().anyMatch(thumbnail -> thumbnail.file().equals(input))
                    || rungs.stream().anyMatch(rung -> input.startsWith(request.output().rungDirectory(rung)));
            if (clash) {
                throw new IllegalArgumentException(input + " is where the transcode writes its output");
            }
        }
    }

    private static int even(double value) {
        return Math.max(2, (int) (2 * Math.round(value / 2)));
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.3f", value);
    }
}
