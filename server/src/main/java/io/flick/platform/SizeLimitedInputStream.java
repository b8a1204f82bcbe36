package io.flick.platform;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through and fails as soon as more than {@code limit} have been read, so an
 * oversized body (an upload, a JSON request) is stopped while it streams rather than after it was
 * stored or buffered.
 */
public final class SizeLimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    public SizeLimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(long n) throws LimitExceeded {
        count += n;
        if (count > limit) {
            throw new LimitExceeded(limit);
        }
    }

    /** Read past the limit; the problem handler answers 413 when nothing closer to the route did. */
    public static final class LimitExceeded extends IOException {
        LimitExceeded(long limit) {
            super("The request body is larger than this address accepts (" + limit + " bytes).", null);
        }
    }
}
