package io.flick.media.ffmpeg;

import java.util.Optional;

/**
 * Reads the report ffmpeg writes with {@code -progress pipe:1}: blocks of {@code key=value} lines,
 * each ended by {@code progress=continue} or, last, {@code progress=end}:
 * <pre>
 * frame=45
 * out_time_us=2066667
 * out_time_ms=2066667
 * out_time=00:00:02.066667
 * speed=1.23x
 * progress=continue
 * </pre>
 * The time is the one of the most advanced block so far: with several outputs ffmpeg's reports may
 * step back (its last one tends to give a still's time), and a progress bar must not. One parser
 * reads one run; it does no I/O.
 */
public final class ProgressParser {

    private final double durationSeconds;
    private double encodedSeconds;
    private double speed;

    /** @param durationSeconds the clip's duration, which the fractions are of */
    public ProgressParser(double durationSeconds) {
        this.durationSeconds = durationSeconds;
    }

    /** Takes one line; answers the progress when the line ends a block. */
    public Optional<Progress> accept(String line) {
        int equals = line.indexOf('=');
        if (equals < 0) {
            return Optional.empty();
        }
        String key = line.substring(0, equals).strip();
        String value = line.substring(equals + 1).strip();
        switch (key) {
            // out_time_ms is in microseconds too: its name is a historical mistake ffmpeg keeps.
            case "out_time_us", "out_time_ms" -> microseconds(value).ifPresent(
                    seconds -> encodedSeconds = Math.max(encodedSeconds, seconds));
            case "speed" -> speed(value).ifPresent(parsed -> speed = parsed);
            case "progress" -> {
                boolean finished = value.equals("end");
                double fraction = finished ? 1 : durationSeconds > 0 ? Math.min(1, encodedSeconds / durationSeconds) : 0;
                return Optional.of(new Progress(fraction, encodedSeconds, speed, finished));
            }
            default -> {
                // frame, fps, bitrate, total_size …: not needed
            }
        }
        return Optional.empty();
    }

    private static Optional<Double> microseconds(String value) {
        try {
            long micros = Long.parseLong(value);
            return micros < 0 ? Optional.empty() : Optional.of(micros / 1_000_000.0);
        } catch (NumberFormatException e) {
            return Optional.empty(); // N/A before the first frame
        }
    }

    private static Optional<Double> speed(String value) {
        if (!value.endsWith("x")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(value.substring(0, value.length() - 1).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
