package io.flick.video;

import io.flick.video.upload.CaptionParser;

/** The hashtag rule for other modules that name a tag (challenges, pages): the same one captions follow. */
public final class Hashtags {

    private Hashtags() {
    }

    /**
     * The tag as videos store it (NFKC, lower case, no {@code #}), or null when {@code text} is not
     * 1 to 100 letters, digits or underscores with or without a leading {@code #}.
     */
    public static String normalise(String text) {
        return CaptionParser.hashtag(text);
    }
}
