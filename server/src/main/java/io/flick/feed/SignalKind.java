package io.flick.feed;

import java.util.Arrays;

/**
 * The kinds of thing a person does that the recommender learns from. {@link #code()} is what the
 * signal journal ({@code feed.signals.kind}) stores, fixed per kind: a tool that writes a journal
 * directly (the feed latency benchmark's world) writes these codes, and a new kind takes a new code.
 */
public enum SignalKind {
    VIEW(0), LIKE(1), SHARE(2), NOT_INTERESTED(3), FOLLOW(4), UNFOLLOW(5), HIDE(6), UNHIDE(7);

    private static final SignalKind[] BY_CODE = new SignalKind[values().length];

    static {
        Arrays.stream(values()).forEach(kind -> BY_CODE[kind.code] = kind);
    }

    private final short code;

    SignalKind(int code) {
        this.code = (short) code;
    }

    /** The journal's code of this kind. */
    public short code() {
        return code;
    }

    /** The kind a journal code stands for. */
    public static SignalKind of(int code) {
        if (code < 0 || code >= BY_CODE.length || BY_CODE[code] == null) {
            throw new IllegalArgumentException("no signal kind has code " + code);
        }
        return BY_CODE[code];
    }
}
