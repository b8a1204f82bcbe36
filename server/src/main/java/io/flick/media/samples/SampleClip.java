package io.flick.media.samples;

/**
 * A synthetic clip to generate: a moving test picture ({@code pattern}: an ffmpeg lavfi video
 * source such as {@code testsrc2}, {@code mandelbrot}, {@code life}, {@code smptehdbars},
 * {@code rgbtestsrc}) and a tone, or silence when {@code toneHz} is 0.
 */
public record SampleClip(String pattern, int width, int height, int fps, double seconds, int toneHz) {

    public static SampleClip portrait(double seconds, int toneHz) {
        return new SampleClip("testsrc2", 180, 320, 15, seconds, toneHz);
    }
}
