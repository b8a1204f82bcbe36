package io.flick.media.ffmpeg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The façade the media jobs call: probe and validate an upload, then encode it in two runs, the
 * first pass (lowest rung, thumbnails, audio: enough to publish) and the ladder (every other rung).
 * Hostile input ends in a {@link TranscodeException} with a reason code, never in another exception
 * type, a hang or a crash of the server: every run is a separate process with a time limit.
 *
 * <p>Call it from a job thread, never a request thread: an encode takes seconds to minutes.
 * Interrupting the calling thread kills the running ffmpeg.
 */
public final class Transcoder {

    /**
     * An encode shorter than this share of the probed duration (less half a second) stopped at broken
     * data: ffmpeg ends such a run with success, so the length is what tells.
     */
    static final double TRUNCATION_TOLERANCE = 0.9;
    private static final int ERROR_LINES = 30;
    private static final Logger log = LoggerFactory.getLogger(Transcoder.class);

    private final MediaProbe probe;
    private final FfmpegRunner runner;
    private final EncodeCommands commands;
    private final MediaLimits limits;
    private final Duration timeout;

    /** @param timeout the most one encode may take; generous, as a slow machine is not a broken file */
    public Transcoder(FfmpegBinary ffmpeg, ProcessLauncher launcher, EncodeSettings settings, MediaLimits limits,
            Duration timeout) {
        this.probe = new MediaProbe(ffmpeg, launcher);
        this.runner = new FfmpegRunner(ffmpeg, launcher);
        this.commands = new EncodeCommands(settings);
        this.limits = limits;
        this.timeout = timeout;
    }

    /**
     * Probes {@code source}, checks it against the limits and checks that its first seconds decode.
     *
     * @throws TranscodeException when the file is no acceptable clip, with the reason
     */
    public ProbeResult probe(Path source) {
        try {
            ProbeResult result = probe.probe(source);
            Optional<FailureReason> refusal = limits.validate(result);
            if (refusal.isPresent()) {
                throw new TranscodeException(refusal.get(), describe(source, result));
            }
            if (!probe.decodes(source)) {
                throw new TranscodeException(FailureReason.UNDECODABLE, "the first seconds of " + source + " do not decode");
            }
            return result;
        } catch (ProbeException e) {
            throw new TranscodeException(e.reason(), e.getMessage(), e);
        }
    }

    /**
     * Encodes the lowest rung, both thumbnails and the audio track into {@code outDir}.
     *
     * @param replacementAudio a sound to use instead of the clip's own audio, looped or cut to its length
     * @param progress         called on a background thread as the encode advances
     */
    public TranscodeResult firstPass(Path source, Path outDir, ProbeResult probe, Optional<Path> replacementAudio,
            Consumer<Progress> progress) {
        return firstPass(source, outDir, probe, replacementAudio, null, progress);
    }

    /** @param coverSeconds the moment the thumbnails show (null: the default), clamped into the clip */
    public TranscodeResult firstPass(Path source, Path outDir, ProbeResult probe, Optional<Path> replacementAudio,
            Double coverSeconds, Consumer<Progress> progress) {
        return encode(request(source, outDir, probe, replacementAudio, coverSeconds), commands::firstPass, progress);
    }

    /** Both thumbnails alone, at {@code coverSeconds} (clamped into the clip). */
    public TranscodeResult stills(Path source, Path outDir, ProbeResult probe, Double coverSeconds) {
        return encode(request(source, outDir, probe, Optional.empty(), coverSeconds), commands::stills, progress -> { });
    }

    /** Encodes every rung above the lowest; an empty result when the ladder has no other rung. */
    public TranscodeResult ladder(Path source, Path outDir, ProbeResult probe, Optional<Path> replacementAudio,
            Consumer<Progress> progress) {
        return encode(request(source, outDir, probe, replacementAudio, null), commands::ladder, progress);
    }

    /** Everything in one run: the baseline for the transcoding benchmark. */
    public TranscodeResult rawLadder(Path source, Path outDir, ProbeResult probe, Optional<Path> replacementAudio,
            Consumer<Progress> progress) {
        return encode(request(source, outDir, probe, replacementAudio, null), commands::rawLadder, progress);
    }

    private EncodeRequest request(Path source, Path outDir, ProbeResult probe, Optional<Path> replacementAudio,
            Double coverSeconds) {
        Optional<FailureReason> refusal = limits.validate(probe);
        if (refusal.isPresent()) {
            throw new TranscodeException(refusal.get(), describe(source, probe));
        }
        return new EncodeRequest(source, probe, replacementAudio, new OutputLayout(outDir), limits.decodeCapSeconds(probe),
                coverSeconds);
    }

    private TranscodeResult encode(EncodeRequest request, Function<EncodeRequest, EncodePlan> planner,
            Consumer<Progress> progress) {
        EncodePlan plan = planner.apply(request);
        if (plan.arguments().isEmpty()) {
            return new TranscodeResult(List.of(), List.of(), Optional.empty(), request.probe().durationSeconds());
        }
        OutputLayout out = request.output();
        prepare(out, plan.rungs());
        var parser = new ProgressParser(request.probe().durationSeconds());
        var errors = CapturedLines.last(ERROR_LINES);
        OptionalInt exit;
        try {
            exit = runner.run(plan.arguments(), out.root(), timeout,
                    line -> parser.accept(line).ifPresent(progress), errors);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranscodeException(FailureReason.CANCELLED, "interrupted while encoding " + request.source());
        }
        if (exit.isEmpty()) {
            throw new TranscodeException(FailureReason.TIMEOUT, "encoding " + request.source() + " took longer than " + timeout);
        }
        if (exit.getAsInt() != 0) {
            throw new TranscodeException(FailureReason.ENCODER_FAILED,
                    "ffmpeg exited with " + exit.getAsInt() + " on " + request.source() + ":\n" + errors.text());
        }
        return collect(request, plan, errors);
    }

    /** Checks that everything the plan promised is there and measures the renditions. */
    private TranscodeResult collect(EncodeRequest request, EncodePlan plan, CapturedLines errors) {
        OutputLayout out = request.output();
        var renditions = new ArrayList<Rendition>();
        for (Rung rung : plan.rungs()) {
            MediaPlaylist playlist = readPlaylist(out.playlist(rung), errors);
            Optional<FailureReason> refusal = limits.validateDecoded(request.probe(), playlist.durationSeconds());
            if (refusal.isPresent()) {
                throw new TranscodeException(refusal.get(), String.format(Locale.ROOT,
                        "%s holds at least %.1f s of pictures; its container claims %.1f s", request.source(),
                        playlist.durationSeconds(), request.probe().durationSeconds()));
            }
            double expected = request.probe().durationSeconds();
            if (playlist.durationSeconds() < expected * TRUNCATION_TOLERANCE - 0.5) {
                throw new TranscodeException(FailureReason.UNDECODABLE, String.format(Locale.ROOT,
                        "the pictures of %s stop at %.1f s of %.1f s", request.source(), playlist.durationSeconds(), expected));
            }
            try {
                renditions.add(RenditionMeter.measure(out, rung));
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new TranscodeException(FailureReason.ENCODER_FAILED, "rendition " + rung.name() + " is incomplete", e);
            }
        }
        for (Thumbnail thumbnail : plan.thumbnails()) {
            requireWritten(thumbnail.file(), errors);
        }
        plan.audio().ifPresent(audio -> requireWritten(audio, errors));
        double duration = renditions.stream().mapToDouble(Rendition::durationSeconds).max()
                .orElse(request.probe().durationSeconds());
        log.info("Encoded {} of {} ({} s); {}", plan.rungs().stream().map(Rung::name).toList(), request.source(),
                String.format(Locale.ROOT, "%.1f", duration),
                plan.thumbnails().isEmpty() ? "the renditions can be published" : "thumbnails and audio are ready too");
        return new TranscodeResult(renditions, plan.thumbnails(), plan.audio(), duration);
    }

    private static MediaPlaylist readPlaylist(Path file, CapturedLines errors) {
        requireWritten(file, errors);
        MediaPlaylist playlist;
        try {
            playlist = MediaPlaylist.read(file);
        } catch (UncheckedIOException | IllegalStateException | NumberFormatException e) {
            throw new TranscodeException(FailureReason.ENCODER_FAILED, "unreadable playlist " + file, e);
        }
        if (!playlist.ended() || playlist.segments().isEmpty()) {
            throw new TranscodeException(FailureReason.ENCODER_FAILED, "unfinished playlist " + file + "\n" + errors.text());
        }
        return playlist;
    }

    private static void requireWritten(Path file, CapturedLines errors) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                throw new TranscodeException(FailureReason.ENCODER_FAILED, "ffmpeg did not write " + file + "\n" + errors.text());
            }
        } catch (IOException e) {
            throw new TranscodeException(FailureReason.ENCODER_FAILED, "could not read " + file, e);
        }
    }

    /** Creates the folders and empties the rung folders, so a retried encode leaves no stale segment behind. */
    private static void prepare(OutputLayout out, List<Rung> rungs) {
        try {
            Files.createDirectories(out.root());
            for (Rung rung : rungs) {
                Path folder = Files.createDirectories(out.rungDirectory(rung));
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                    for (Path file : files) {
                        if (Files.isRegularFile(file)) {
                            Files.delete(file);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare " + out.root(), e);
        }
    }

    private static String describe(Path source, ProbeResult probe) {
        return source + " (" + (probe.recognised() ? probe.container() : "unrecognised") + ", "
                + probe.durationSeconds() + " s, video " + probe.video().map(Object::toString).orElse("none") + ")";
    }
}
