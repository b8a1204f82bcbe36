/**
 * Engagement: likes and saves (and, to come, comments, shares and views), with counters kept
 * asynchronously from appended deltas. Everything one user does to a video goes through the
 * video's visibility first: what a user may not see, they cannot touch.
 */
@ApplicationModule(displayName = "Engagement")
package io.flick.engagement;

import org.springframework.modulith.ApplicationModule;
