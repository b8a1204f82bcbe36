package io.flick.video;

import java.util.Locale;

/** Who may see a video: everyone, mutual followers, or its owner only. */
public enum Privacy {
    PUBLIC, FRIENDS, PRIVATE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Privacy of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
