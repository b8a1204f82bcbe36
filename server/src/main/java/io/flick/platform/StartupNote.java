package io.flick.platform;

import java.util.Optional;

/**
 * A line a module adds under "Flick is ready …" at start, saying the state of something the
 * operator expects to find (the demo catalogue): so the ready line never claims more than is true.
 * Implemented by the modules that have something to say; asked once, when the server is ready.
 */
public interface StartupNote {

    /** What to print, or empty when there is nothing to say. */
    Optional<String> note();
}
