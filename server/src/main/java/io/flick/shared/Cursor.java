package io.flick.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * An opaque position in a list: the sort keys of the last item a page returned. Clients echo it
 * back as {@code cursor}; they cannot read or forge anything useful from it, and a damaged one is
 * a 400 {@code invalid_cursor}, never a 500.
 */
public record Cursor(long[] keys) {

    private static final String VERSION = "c1";

    public static Cursor of(long... keys) {
        return new Cursor(keys.clone());
    }

    /** A position after an item sorted by time, then id: the time kept to the microsecond, as PostgreSQL stores it. */
    public static Cursor of(java.time.Instant at, long id) {
        return of(at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000, id);
    }

    public String encode() {
        StringBuilder text = new StringBuilder(VERSION);
        for (long key : keys) {
            text.append(':').append(key);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** @return the cursor, or {@code null} for a first page (no cursor given) */
    public static Cursor decode(String text, int expectedKeys) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split(":");
            if (parts.length != expectedKeys + 1 || !parts[0].equals(VERSION)) {
                throw new FlickException(Problem.INVALID_CURSOR, "The cursor is not one this list handed out.");
            }
            return new Cursor(Arrays.stream(parts, 1, parts.length).mapToLong(Long::parseLong).toArray());
        } catch (IllegalArgumentException e) {
            throw new FlickException(Problem.INVALID_CURSOR, "The cursor is not one this list handed out.");
        }
    }

    public long key(int index) {
        return keys[index];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cursor cursor && Arrays.equals(keys, cursor.keys);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(keys);
    }

    @Override
    public String toString() {
        return "Cursor" + Arrays.toString(keys);
    }
}
