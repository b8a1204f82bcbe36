package io.flick.account.user;

import io.flick.shared.FlickException;

/** Checks for free text people type into their profile. */
public final class Texts {

    private Texts() {
    }

    /**
     * Trims, then requires {@code min..max} characters (code points, so an emoji counts once) and no
     * control characters other than line breaks where {@code multiline}.
     */
    public static String require(String field, String text, int min, int max, boolean multiline) {
        String value = text == null ? "" : text.strip();
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            throw FlickException.invalidField(field, "length",
                    min > 0 ? "must be " + min + " to " + max + " characters" : "must be at most " + max + " characters");
        }
        boolean control = value.codePoints().anyMatch(c -> Character.isISOControl(c) && !(multiline && c == '\n'));
        if (control) {
            throw FlickException.invalidField(field, "control_characters", "must not contain control characters");
        }
        return value;
    }
}
