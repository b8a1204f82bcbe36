package io.flick.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An opaque position in a list: the sort keys of the last item a page returned, bound to the list
 * that handed it out ({@link PageRequest#list()}: which list, of whom, in what order). Clients echo it
 * back as {@code cursor}; they cannot read or forge anything useful from it, and a damaged one, or one
 * of another list (another user's followers, another video's comments), is a 400
 * {@code invalid_cursor}, never a 500 and never a position in the wrong list.
 */
public record Cursor(long[] keys) {

    private static final String VERSION = "c2";

    public static Cursor of(long... keys) {
        return new Cursor(keys.clone());
    }

    /** A position after an item sorted by time, then id: the time kept to the microsecond, as PostgreSQL stores it. */
    public static Cursor of(java.time.Instant at, long id) {
        return of(at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000, id);
    }

    /** The cursor as handed to clients, bound to {@code list}. */
    public String encode(String list) {
        StringBuilder text = new StringBuilder(VERSION).append(':').append(tag(list));
        for (long key : keys) {
            text.append(':').append(key);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** @return the cursor of the page asked for, or {@code null} for a first page (no cursor given) */
    public static Cursor decode(PageRequest page, int expectedKeys) {
        String text = page.cursor();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split(":");
            if (parts.length != expectedKeys + 2 || !parts[0].equals(VERSION) || !parts[1].equals(tag(page.list()))) {
                throw invalid();
            }
            return new Cursor(Arrays.stream(parts, 2, parts.length).mapToLong(Long::parseLong).toArray());
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static FlickException invalid() {
        return new FlickException(Problem.INVALID_CURSOR, "The cursor is not one this list handed out.");
    }

    /** A short digest of the list's name: enough to tell lists apart, without spelling out whose list it is. */
    private static String tag(String list) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(list.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
