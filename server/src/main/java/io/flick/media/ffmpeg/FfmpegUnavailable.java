package io.flick.media.ffmpeg;

/**
 * ffmpeg could not run at all: a system library is missing, the configured path is wrong, the
 * bundled binary could not be extracted. Nothing is known about the file it was given, so this is
 * never the file's failure: work waits until ffmpeg runs again.
 */
public class FfmpegUnavailable extends RuntimeException {

    FfmpegUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
