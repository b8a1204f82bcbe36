package io.flick.shared;

/**
 * A request for one page of a cursor-paged list. Limits outside 1..100 are a validation error
 * rather than silently clamped, so a client learns its mistake.
 *
 * @param list the list's identity: its name, whose or what it lists, and its order where it has
 *             several (e.g. {@code "comments:vid_…:top"}). Cursors are bound to it, so a cursor of one
 *             list is refused by every other.
 */
public record PageRequest(int limit, String cursor, String list) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new FlickException(Problem.VALIDATION_FAILED, "The request has invalid fields.",
                    java.util.List.of(new FieldError("limit", "out_of_range", "must be between 1 and " + MAX_LIMIT)));
        }
        java.util.Objects.requireNonNull(list, "list");
    }

    public static PageRequest of(Integer limit, String cursor, String list) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, cursor, list);
    }

    /** Rows to fetch: one more than the page, to learn whether there is a next page. */
    public int fetchSize() {
        return limit + 1;
    }
}
