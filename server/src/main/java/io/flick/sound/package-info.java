/**
 * The sound library: every clip's own audio becomes its "original sound", which other clips can
 * reuse ("use this sound"); usage is counted. Audio files themselves are media assets.
 */
@ApplicationModule(displayName = "Sounds")
package io.flick.sound;

import org.springframework.modulith.ApplicationModule;
