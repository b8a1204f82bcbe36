package io.flick.media.ffmpeg;

/**
 * A file that cannot be transcoded, with the reason. The message is for logs (it may quote
 * ffmpeg's output); only {@link #reason()} is meant for clients.
 */
public class TranscodeException extends RuntimeException {

    private final FailureReason reason;

    public TranscodeException(FailureReason reason, String message) {
        this(reason, message, null);
    }

    public TranscodeException(FailureReason reason, String message, Throwable cause) {
        super(reason.code() + ": " + message, cause);
        this.reason = reason;
    }

    public FailureReason reason() {
        return reason;
    }
}
