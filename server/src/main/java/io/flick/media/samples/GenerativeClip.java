package io.flick.media.samples;

/**
 * A clip worth watching, made by ffmpeg alone: a generative {@link Visual}, a generated {@link Tune}
 * and a title drawn on top (when a font is at hand; see {@link TitleFonts}).
 *
 * @param title up to a few short words; a line break ({@code \n}) splits it in two lines
 */
public record GenerativeClip(Visual visual, Tune tune, String title, int width, int height, int fps, double seconds) {

    public GenerativeClip {
        if (width < 64 || height < 64 || width % 2 != 0 || height % 2 != 0 || fps < 1 || seconds <= 0) {
            throw new IllegalArgumentException("an even size of at least 64x64, a frame rate and a duration are needed");
        }
    }
}
