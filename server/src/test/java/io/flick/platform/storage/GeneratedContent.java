package io.flick.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content of any length made up on the fly, the same for the same seed: large blobs for tests without
 * holding them in memory. Compare contents by {@link #sha256}.
 */
final class GeneratedContent extends InputStream {

    private final long length;
    private final long seed;
    private long position;

    GeneratedContent(long length, long seed) {
        this.length = length;
        this.seed = seed;
    }

    /** {@code length} bytes, then the failure a client that disconnects mid-upload causes. */
    static InputStream failingAfter(long length) {
        return new SequenceInputStream(new GeneratedContent(length, 7), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("the client went away");
            }
        });
    }

    /** For small contents that a test wants as bytes. */
    static byte[] bytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new GeneratedContent(length, seed).read(bytes, 0, length);
        return bytes;
    }

    static String sha256(InputStream content) {
        try (var in = new DigestInputStream(content, MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() {
        return position < length ? byteAt(position++) : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (count == 0) {
            return 0;
        }
        int n = (int) Math.min(count, length - position);
        if (n <= 0) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) byteAt(position++);
        }
        return n;
    }

    private int byteAt(long index) {
        long x = (index + seed) * 0x9E3779B97F4A7C15L; // a mixing step of SplitMix64
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        return (int) ((x ^ (x >>> 31)) >>> 56);
    }
}
