/**
 * Feeds: For You (candidate sources in parallel under deadlines, then rank and re-rank), Following
 * and Friends. Recommendation state lives in memory ({@code model}), built from a journal of
 * signals ({@code signals}: views, likes, shares, follows, not-interested, hides) that the module
 * appends from other modules' events and replays at start; every signal updates the state at
 * once, so the next page reflects it.
 */
@ApplicationModule(displayName = "Feed")
package io.flick.feed;

import org.springframework.modulith.ApplicationModule;
