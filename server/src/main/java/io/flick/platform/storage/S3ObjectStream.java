package io.flick.platform.storage;

import java.io.FilterInputStream;
import java.io.IOException;

import software.amazon.awssdk.core.ResponseInputStream;

/**
 * The body of a GetObject. Closing it before the end drops the connection: the SDK would otherwise
 * read the rest of the object to reuse the connection, which for a viewer who skips away from a long
 * video means downloading what nobody watches.
 */
final class S3ObjectStream extends FilterInputStream {

    private final ResponseInputStream<?> response;
    private long remaining;

    S3ObjectStream(ResponseInputStream<?> response, long length) {
        super(response);
        this.response = response;
        this.remaining = length;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        remaining = b < 0 ? 0 : remaining - 1;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        remaining = n < 0 ? 0 : remaining - n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        remaining -= skipped;
        return skipped;
    }

    @Override
    public void close() throws IOException {
        if (remaining > 0) {
            response.abort();
        }
        super.close();
    }
}
