package io.flick.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Reads lists of video cards the way a client pages through them. */
public final class VideoLists {

    private VideoLists() {
    }

    /** The ids of a page's {@code videos}, after checking it answered 200. */
    public static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().path("videos").forEach(card -> ids.add(card.path("video_id").asString()));
        return ids;
    }

    /**
     * Every video of the list, one per page so the cursor is used at every step, until
     * {@code next_cursor} is null. {@code path} already has a query string.
     */
    public static List<String> walk(Api api, String path, String token) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 20; pages++) {
            var page = api.get(path + "&limit=1" + (cursor == null ? "" : "&cursor=" + cursor), token);
            seen.addAll(ids(page));
            if (page.json().path("next_cursor").isNull()) {
                return seen;
            }
            cursor = page.text("next_cursor");
        }
        throw new AssertionError("the list did not end: " + seen);
    }
}
