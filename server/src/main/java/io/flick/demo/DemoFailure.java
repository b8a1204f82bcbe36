package io.flick.demo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why seeding the demo catalogue failed, and what the operator can do about it: the classes of
 * failure an installation meets (an ffmpeg that cannot load a system library, one that cannot be
 * started, one without the filters the demo draws with, a full disk), each with its fix.
 */
record DemoFailure(String reason, String fix) {

    private static final Pattern MISSING_LIBRARY = Pattern.compile("error while loading shared libraries: ([^:\\s]+)");
    private static final String SKIP = "; the server works without the demo catalogue (FLICK_DEMO_ENABLED=false skips it)";

    static DemoFailure of(Throwable failure) {
        String message = messages(failure);
        Matcher library = MISSING_LIBRARY.matcher(message);
        if (library.find()) {
            return new DemoFailure("ffmpeg cannot run: the system library " + library.group(1) + " is missing",
                    "install the package that provides " + library.group(1) + " (Debian/Ubuntu: apt-get install the"
                            + " library it names; see `apt-file search " + library.group(1) + "`), or set"
                            + " FLICK_MEDIA_FFMPEG_PATH to an ffmpeg that runs, then restart");
        }
        if (message.contains("exit 126") || message.contains("exit 127") || message.contains("Cannot run program")) {
            return new DemoFailure("ffmpeg cannot be started (" + firstLine(failure) + ")",
                    "set FLICK_MEDIA_FFMPEG_PATH to an ffmpeg that runs, or unset it to use the bundled one, then restart");
        }
        if (message.contains("No such filter") || message.contains("Filter not found") || message.contains("Unknown encoder")
                || message.contains("Option not found")) {
            return new DemoFailure("this ffmpeg cannot draw the demo clips (" + firstLine(failure) + ")",
                    "unset FLICK_MEDIA_FFMPEG_PATH to use the bundled ffmpeg, or use one built with lavfi, libfreetype and"
                            + " libx264, then restart" + SKIP);
        }
        if (message.contains("No space left on device")) {
            return new DemoFailure("the disk is full", "free space under FLICK_DATA_DIR, then restart" + SKIP);
        }
        return new DemoFailure(firstLine(failure), "see the error above" + SKIP);
    }

    /** The whole chain's messages, where ffmpeg's own words may sit under a wrapper. */
    private static String messages(Throwable failure) {
        var text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append('\n');
        }
        return text.toString();
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** The line an operator reads: what failed and what to do. */
    String line() {
        return reason + " — " + fix;
    }
}
