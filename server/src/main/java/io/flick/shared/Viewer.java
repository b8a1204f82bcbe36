package io.flick.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is looking: a signed-in {@link Member} or an {@link Anonymous} visitor. Made once at the web
 * edge from the request's authentication (a controller parameter annotated {@code @CurrentUser}) and
 * handed as it is to every read that depends on who asks: the visibility rule, feeds, profiles,
 * videos, comments. One type everywhere, so "nobody signed in" is never a null or an empty optional
 * that one module reads differently from another.
 */
public sealed interface Viewer permits Viewer.Anonymous, Viewer.Member {

    static Viewer anonymous() {
        return Anonymous.INSTANCE;
    }

    static Viewer member(UserId user) {
        return new Member(user);
    }

    /** A visitor who is not signed in. */
    record Anonymous() implements Viewer {

        private static final Anonymous INSTANCE = new Anonymous();
    }

    /** A signed-in user. */
    record Member(UserId user) implements Viewer {

        public Member {
            Objects.requireNonNull(user, "a member is a user");
        }
    }

    default boolean isAnonymous() {
        return this instanceof Anonymous;
    }

    /** Whether this viewer is that user (an anonymous viewer is nobody). */
    default boolean is(UserId user) {
        return this instanceof Member(UserId me) && me.equals(user);
    }

    /** The signed-in user, for what is looked up per user (blocks, follows, likes); empty for a visitor. */
    default Optional<UserId> signedIn() {
        return this instanceof Member(UserId me) ? Optional.of(me) : Optional.empty();
    }

    /**
     * The user's raw id where a store keys users by number and a visitor by nothing (SQL parameters,
     * the feed's in-memory state): {@code null} for a visitor.
     */
    default Long idOrNull() {
        return this instanceof Member(UserId me) ? me.value() : null;
    }
}
