package io.flick.media.ffmpeg;

/**
 * The first video stream of a file, as stored.
 *
 * @param codec    ffmpeg's decoder name ({@code h264}, {@code hevc}, {@code vp9} …)
 * @param width    coded width, before rotation
 * @param height   coded height, before rotation
 * @param fps      frames per second (the average ffmpeg reports; 0 when unknown)
 * @param rotation the display matrix's rotation in degrees, counter-clockwise as ffmpeg prints it,
 *                 in {@code (-180, 180]}; a phone's portrait clip stored 1920x1080 says -90
 */
public record VideoStream(String codec, int width, int height, double fps, int rotation) {

    /** Width as the clip is meant to be seen (ffmpeg applies the rotation when it decodes). */
    public int displayWidth() {
        return isQuarterTurn() ? height : width;
    }

    public int displayHeight() {
        return isQuarterTurn() ? width : height;
    }

    private boolean isQuarterTurn() {
        return Math.abs(rotation) == 90;
    }
}
