package io.flick.media.ffmpeg;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps a bounded number of a process's output lines, the first ones or the last ones, so a process
 * that prints without end cannot exhaust memory. Safe to fill from a reader thread while read.
 */
final class CapturedLines implements Consumer<String> {

    private final int limit;
    private final boolean keepLast;
    private final ArrayDeque<String> lines = new ArrayDeque<>();

    private CapturedLines(int limit, boolean keepLast) {
        this.limit = limit;
        this.keepLast = keepLast;
    }

    /** The first {@code limit} lines: enough for a stream summary, whatever follows it. */
    static CapturedLines first(int limit) {
        return new CapturedLines(limit, false);
    }

    /** The last {@code limit} lines: where ffmpeg says why it failed. */
    static CapturedLines last(int limit) {
        return new CapturedLines(limit, true);
    }

    @Override
    public synchronized void accept(String line) {
        if (lines.size() < limit) {
            lines.addLast(line);
        } else if (keepLast) {
            lines.removeFirst();
            lines.addLast(line);
        }
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** The lines on one line each, for a log or an exception message. */
    String text() {
        return String.join("\n", lines());
    }
}
