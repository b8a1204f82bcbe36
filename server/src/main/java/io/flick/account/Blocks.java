package io.flick.account;

import java.util.Set;

import io.flick.shared.UserId;

/**
 * Who blocked whom, for every module that shows one user's things to another. A block works both
 * ways: neither user sees the other's profile, videos or comments.
 */
public interface Blocks {

    boolean eitherBlocks(UserId one, UserId other);

    /** Users {@code user} blocked plus users who blocked {@code user}: everyone to hide from them. */
    Set<UserId> hiddenFrom(UserId user);
}
