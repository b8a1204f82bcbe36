/**
 * The follow graph: follows, follow requests to private accounts, friends (mutual follows). Blocks
 * (owned by accounts) end follows both ways. Other modules ask {@link io.flick.social.Follows}.
 */
@ApplicationModule(displayName = "Social graph")
package io.flick.social;

import org.springframework.modulith.ApplicationModule;
