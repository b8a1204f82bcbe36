package io.flick.bench.feedload;

import java.util.Arrays;

import io.flick.feed.SignalKind;

/**
 * The synthetic engagement history as parallel primitive arrays (a few million signals: objects
 * would cost several times the memory), sortable by time so the journal is written in the order
 * things happened, as the live server appends it.
 *
 * <p>{@code target} is a video index for views, likes, shares and dismissals, and a user index (the
 * creator) for follows.
 */
final class SignalLog {

    /** Sort keys pack (time since {@link #base}, index) into one long: 40 bits of milliseconds (decades), 23 of index. */
    private static final int INDEX_BITS = 23;

    private final long base;
    private int size;
    private byte[] kind = new byte[1 << 16];
    private int[] user = new int[1 << 16];
    private int[] target = new int[1 << 16];
    private float[] watch = new float[1 << 16];
    private float[] completion = new float[1 << 16];
    private long[] at = new long[1 << 16];

    /** @param base no signal is older than this (epoch millis) */
    SignalLog(long base) {
        this.base = base;
    }

    void add(SignalKind kind, int user, int target, double watchSeconds, double completion, long atMillis) {
        if (size == this.kind.length) {
            grow();
        }
        if (atMillis < base || atMillis - base >= 1L << (63 - INDEX_BITS)) {
            throw new IllegalArgumentException("signal time out of range: " + atMillis);
        }
        this.kind[size] = (byte) kind.code();
        this.user[size] = user;
        this.target[size] = target;
        this.watch[size] = (float) watchSeconds;
        this.completion[size] = (float) completion;
        this.at[size] = atMillis;
        size++;
    }

    int size() {
        return size;
    }

    SignalKind kind(int i) {
        return SignalKind.of(kind[i]);
    }

    int user(int i) {
        return user[i];
    }

    int target(int i) {
        return target[i];
    }

    float watch(int i) {
        return watch[i];
    }

    float completion(int i) {
        return completion[i];
    }

    long at(int i) {
        return at[i];
    }

    /** Oldest first; signals at the same millisecond keep the order they were added in. */
    void sortByTime() {
        if (size >= 1 << INDEX_BITS) {
            throw new IllegalStateException("too many signals to sort by packed keys: " + size);
        }
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = (at[i] - base) << INDEX_BITS | i;
        }
        Arrays.sort(keys);
        byte[] k = new byte[size];
        int[] u = new int[size];
        int[] t = new int[size];
        float[] w = new float[size];
        float[] c = new float[size];
        long[] a = new long[size];
        int mask = (1 << INDEX_BITS) - 1;
        for (int i = 0; i < size; i++) {
            int from = (int) (keys[i] & mask);
            k[i] = kind[from];
            u[i] = user[from];
            t[i] = target[from];
            w[i] = watch[from];
            c[i] = completion[from];
            a[i] = at[from];
        }
        kind = k;
        user = u;
        target = t;
        watch = w;
        completion = c;
        at = a;
    }

    private void grow() {
        int capacity = kind.length * 2;
        kind = Arrays.copyOf(kind, capacity);
        user = Arrays.copyOf(user, capacity);
        target = Arrays.copyOf(target, capacity);
        watch = Arrays.copyOf(watch, capacity);
        completion = Arrays.copyOf(completion, capacity);
        at = Arrays.copyOf(at, capacity);
    }
}
