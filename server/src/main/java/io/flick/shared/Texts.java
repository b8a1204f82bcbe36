package io.flick.shared;

/**
 * The one rule for text people type, applied wherever such text enters: names, bios, captions,
 * comments, and the identifiers people log in with.
 * <p>
 * Control characters are refused: they have no business in a line of text, and NUL cannot even be
 * stored. Bidirectional controls (embeddings, overrides, isolates and the direction marks) are
 * invisible and reorder what is shown around them, so {@code "gnp.exe"} after a right-to-left
 * override reads as {@code "exe.png"}, and a name can impersonate another: in free text they are
 * removed, in identifiers refused.
 */
public final class Texts {

    private Texts() {
    }

    /**
     * Free text: bidirectional controls removed, trimmed, then {@code min..max} characters (code
     * points, so an emoji counts once) and no control characters other than line breaks where
     * {@code multiline}.
     */
    public static String require(String field, String text, int min, int max, boolean multiline) {
        String value = withoutBidiControls(text == null ? "" : text).strip();
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            throw FlickException.invalidField(field, "length",
                    min > 0 ? "must be " + min + " to " + max + " characters" : "must be at most " + max + " characters");
        }
        if (value.codePoints().anyMatch(c -> Character.isISOControl(c) && !(multiline && c == '\n'))) {
            throw FlickException.invalidField(field, "control_characters", "must not contain control characters");
        }
        return value;
    }

    /** Identifiers (a login, an address): control and bidirectional control characters are refused. */
    public static void refuseControls(String field, String text) {
        if (hasControls(text)) {
            throw FlickException.invalidField(field, "control_characters",
                    "must not contain control or text-direction characters");
        }
    }

    /** Whether {@code text} holds a control character or a bidirectional control. */
    public static boolean hasControls(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.isISOControl(c) || isBidiControl(c));
    }

    static String withoutBidiControls(String text) {
        if (text.codePoints().noneMatch(Texts::isBidiControl)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isBidiControl(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI; LRM, RLM; the Arabic letter mark. */
    static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
