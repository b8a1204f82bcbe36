package io.flick.account;

import java.util.Locale;

/**
 * How the viewer of a profile stands towards its owner, as the profile shows it (so a client draws
 * the right follow button without guessing from other data). Renders as the lower-case name.
 */
public enum Relationship {
    /** The viewer's own profile. */
    SELF,
    /** No follow either way (or an anonymous viewer). */
    NONE,
    /** The viewer follows the owner, who does not follow back. */
    FOLLOWING,
    /** The viewer asked to follow this private account; the owner has not answered yet. */
    REQUESTED,
    /** The owner follows the viewer, who does not follow back. */
    FOLLOWS_YOU,
    /** Both follow each other. */
    FRIENDS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
