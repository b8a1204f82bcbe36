/**
 * Synthetic clips made with media's bundled ffmpeg, for the demo catalog, tests and benchmarks:
 * not part of media's business API, so they are a named interface of their own ({@code media::samples})
 * that only the demo module declares a dependency on.
 */
@NamedInterface("samples")
package io.flick.media.samples;

import org.springframework.modulith.NamedInterface;
