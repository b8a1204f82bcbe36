package io.flick.support;

import java.nio.ByteBuffer;

/** Edits Matroska files the way a hostile uploader would. */
public final class Matroska {

    private Matroska() {
    }

    /**
     * {@code mkv} with a header claiming {@code claimedSeconds}, whatever it holds: the segment's
     * Duration element (an 8-byte float in milliseconds at ffmpeg's default timestamp scale, found
     * by its id 0x4489 and the value ffmpeg wrote, {@code writtenSeconds}) is overwritten. ffmpeg
     * then reports the claim as the file's duration.
     */
    public static byte[] claimingDuration(byte[] mkv, double writtenSeconds, double claimedSeconds) {
        byte[] bytes = mkv.clone();
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        for (int i = 0; i + 11 <= bytes.length; i++) {
            if (bytes[i] == 0x44 && bytes[i + 1] == (byte) 0x89 && bytes[i + 2] == (byte) 0x88
                    && Math.abs(buffer.getDouble(i + 3) - writtenSeconds * 1000) < 1000) {
                buffer.putDouble(i + 3, claimedSeconds * 1000);
                return bytes;
            }
        }
        throw new IllegalStateException("no Duration element of " + writtenSeconds + " s in the Matroska file");
    }
}
