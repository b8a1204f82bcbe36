package io.flick.video.catalog;

import java.util.List;
import java.util.Locale;

import io.flick.shared.FieldError;
import io.flick.shared.FlickException;
import io.flick.shared.Problem;

/** The orders of a hashtag's or a sound's videos: {@code recent} (newest first, the default) or {@code top} (by engagement). */
enum VideoOrder {
    RECENT, TOP;

    static VideoOrder of(String sort) {
        if (sort == null || sort.isEmpty()) {
            return RECENT;
        }
        return switch (sort) {
            case "recent" -> RECENT;
            case "top" -> TOP;
            default -> throw new FlickException(Problem.VALIDATION_FAILED, "The request has invalid fields.",
                    List.of(new FieldError("sort", "invalid", "must be top or recent")));
        };
    }

    /** The part of a list's identity that binds its cursors to the order they were made in. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
