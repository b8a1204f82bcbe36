package io.flick.media.ffmpeg;

/**
 * The first audio stream of a file.
 *
 * @param codec      ffmpeg's decoder name ({@code aac}, {@code opus}, {@code mp3} …)
 * @param sampleRate in Hz
 * @param channels   how many channels (1 for mono, 6 for 5.1 …; 0 when ffmpeg does not say)
 */
public record AudioStream(String codec, int sampleRate, int channels) {
}
