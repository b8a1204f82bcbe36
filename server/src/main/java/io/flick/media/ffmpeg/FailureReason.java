package io.flick.media.ffmpeg;

import java.util.Locale;

/** Why a file could not become renditions; {@link #code()} is what a client sees as the failure reason. */
public enum FailureReason {

    /** No video stream ffmpeg accepts: a picture, an archive, audio only, an empty or unknown file. */
    NOT_A_VIDEO,
    /** The container reads but the pictures do not decode (truncated or corrupt). */
    UNDECODABLE,
    TOO_SHORT,
    TOO_LONG,
    /** Larger than the allowed dimensions. */
    TOO_LARGE,
    /** A picture too flat or too thin for the ladder (a 4096x16 strip). */
    EXTREME_ASPECT_RATIO,
    /** More work for the encoder (pixels x seconds) than one clip may cost. */
    TOO_COMPLEX,
    /** ffmpeg failed while encoding a file that probed and decoded well. */
    ENCODER_FAILED,
    /**
     * Files could not be read or written (the work directory, blob storage) on every attempt: not
     * the file's fault nor the encoder's, and worth another upload once storage is repaired.
     */
    STORAGE_FAILED,
    TIMEOUT,
    /** The thread running the job was interrupted (the job was cancelled or the node is stopping). */
    CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
