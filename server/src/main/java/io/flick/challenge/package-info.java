/**
 * Challenges (seed 001 FR9): a hashtag with a title, rules and a window. Public videos posted with
 * the hashtag inside the window enter; a leaderboard ranks entries by an engagement score kept from
 * engagement's events, under rules that a creator's own actions, fresh accounts and hidden or deleted
 * entries cannot game; an ended challenge's board is computed once and frozen. Invitations are
 * announced as events for the notifications work.
 */
@ApplicationModule(displayName = "Challenges")
package io.flick.challenge;

import org.springframework.modulith.ApplicationModule;
