package io.flick.discovery.index;

/** The index's field names: one index, every document a {@link #KIND} of video, user or sound. */
public final class Fields {

    /** Unique per document ({@code video:123}), the term every update and delete goes by. */
    public static final String KEY = "key";
    public static final String KIND = "kind";
    /** The document's id in its module (a video's, user's or sound's raw id), stored. */
    public static final String ID = "id";
    /** The rebuild that wrote the document: a rebuild drops every document of an older one at its end. */
    public static final String GENERATION = "generation";

    // Searchable text.
    public static final String CAPTION = "caption";
    public static final String HASHTAGS = "hashtags";
    public static final String SOUND_NAME = "sound_name";
    public static final String USERNAME = "username";
    public static final String DISPLAY_NAME = "display_name";

    // Filters (exact terms).
    public static final String OWNER = "owner";
    public static final String PRIVACY = "privacy";
    /**
     * A hashtag of a video anyone may see (public video, public account): what hashtag search counts,
     * so a tag used only in private videos is found by nobody.
     */
    public static final String PUBLIC_TAG = "public_tag";

    // Ranking (doc values).
    public static final String LIKES = "likes";
    public static final String VIEWS = "views";
    public static final String POPULARITY = "popularity";
    /** Epoch milliseconds of publication (videos) or creation. */
    public static final String PUBLISHED = "published";

    public static final String VIDEO = "video";
    public static final String USER = "user";
    public static final String SOUND = "sound";

    private Fields() {
    }

    public static String key(String kind, long id) {
        return kind + ":" + id;
    }
}
