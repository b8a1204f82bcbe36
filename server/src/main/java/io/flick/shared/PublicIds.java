package io.flick.shared;

import java.util.Locale;

/**
 * Renders internal 63-bit ids as prefixed opaque strings ({@code usr_0c9h3v8x1k2ma}) and back.
 * Crockford base32, lower case, fixed width of 13 characters, so ids sort and compare as text
 * the same way they do as numbers.
 */
public final class PublicIds {

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final int WIDTH = 13;

    private PublicIds() {
    }

    public static String format(String prefix, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("ids are positive");
        }
        char[] out = new char[WIDTH];
        long rest = value;
        for (int i = WIDTH - 1; i >= 0; i--) {
            out[i] = ALPHABET[(int) (rest & 31)];
            rest >>>= 5;
        }
        return prefix + "_" + new String(out);
    }

    /** @throws InvalidIdException when the text is not an id of this kind */
    public static long parse(String prefix, String text) {
        if (text == null || text.length() != prefix.length() + 1 + WIDTH || !text.startsWith(prefix + "_")) {
            throw new InvalidIdException(prefix);
        }
        String body = text.substring(prefix.length() + 1).toLowerCase(Locale.ROOT);
        long value = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = digit(body.charAt(i));
            if (digit < 0) {
                throw new InvalidIdException(prefix);
            }
            value = (value << 5) | digit;
        }
        // 13 base32 digits carry 65 bits: the leading digit may only hold the low bits of a positive long.
        // Ids start at 1 (every id type refuses 0), so all zeros names nothing, like any other malformed id.
        if (digit(body.charAt(0)) > 7 || value <= 0) {
            throw new InvalidIdException(prefix);
        }
        return value;
    }

    private static int digit(char c) {
        for (int i = 0; i < ALPHABET.length; i++) {
            if (ALPHABET[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Thrown for malformed ids; callers answer "not found", since an id that cannot exist names nothing. */
    public static final class InvalidIdException extends RuntimeException {
        InvalidIdException(String prefix) {
            super("not a " + prefix + " id");
        }
    }
}
