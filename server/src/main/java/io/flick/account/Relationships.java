package io.flick.account;

import io.flick.shared.UserId;

/**
 * The follow relation between two accounts, for profiles. Accounts do not own the follow graph
 * (the social module does, and implements this), but they build the profile that shows it.
 */
public interface Relationships {

    /** How {@code viewer} stands towards {@code owner}; never {@link Relationship#SELF} (the caller knows that case). */
    Relationship between(UserId viewer, UserId owner);

    /**
     * How {@code viewer} stands towards each of {@code others} ({@link Relationship#SELF} for the
     * viewer among them), for a list of people (search results), in a fixed number of queries.
     */
    java.util.Map<UserId, Relationship> among(UserId viewer, java.util.Collection<UserId> others);
}
