package io.flick.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.flick.media.samples.SampleClip;
import io.flick.media.samples.SampleClips;

/** Tiny generated clips for tests (a few seconds, low resolution), as bytes ready to upload. */
public final class Clips {

    private final SampleClips clips;

    public Clips(SampleClips clips) {
        this.clips = clips;
    }

    public byte[] bytes(SampleClip clip) {
        return read(dir -> clips.generate(clip, dir.resolve("clip.mp4")));
    }

    /** {@code clip} in Matroska whose header claims {@code claimedSeconds}, whatever it holds. */
    public byte[] matroskaClaiming(SampleClip clip, double claimedSeconds) {
        byte[] mkv = read(dir -> clips.generate(clip, dir.resolve("clip.mkv")));
        return Matroska.claimingDuration(mkv, clip.seconds(), claimedSeconds);
    }

    public byte[] tone(int hz, double seconds) {
        return read(dir -> clips.tone(hz, seconds, dir.resolve("tone.m4a")));
    }

    private static byte[] read(java.util.function.Function<Path, Path> maker) {
        try {
            Path dir = Files.createTempDirectory("flick-clip-");
            Path file = maker.apply(dir);
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            Files.delete(dir);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
