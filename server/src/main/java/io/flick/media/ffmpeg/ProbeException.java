package io.flick.media.ffmpeg;

/** A probe that could not finish (it timed out or was interrupted), with the reason. */
public class ProbeException extends RuntimeException {

    private final FailureReason reason;

    public ProbeException(FailureReason reason, String message) {
        super(reason.code() + ": " + message);
        this.reason = reason;
    }

    public FailureReason reason() {
        return reason;
    }
}
