package io.flick.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.flick.shared.UserId;
import io.flick.shared.Viewer;

/** Looks users up for other modules: authors of videos and sounds, @mentions. */
public interface UserDirectory {

    Optional<UserSummary> find(UserId user);

    /** One query for many users (cards of a page); unknown ids are simply absent. */
    Map<UserId, UserSummary> find(Collection<UserId> users);

    /**
     * The user as {@code viewer} may see them: absent if unknown or if either blocked the other
     * (a blocked user does not exist for the other). Anonymous viewers see everyone.
     */
    Optional<UserSummary> visibleTo(UserId user, Viewer viewer);

    /** When each account was created (anti-gaming rules ignore accounts newer than what they act on); unknown ids are absent. */
    Map<UserId, Instant> joinedAt(Collection<UserId> users);

    /**
     * Every account in id order, a page at a time, for modules that derive state from all users (the
     * search index's rebuild).
     *
     * @param after the last id of the previous page; null for the first page
     */
    List<UserSummary> all(UserId after, int limit);

    /** Case-insensitive; with or without the leading {@code @}. */
    Optional<UserSummary> byUsername(String username);
}
