package io.flick.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled      seed the demo catalogue on the first start of an empty embedded installation
 *                     (and go on at later starts until it is complete)
 * @param clips        how many clips to generate (at most the number of scripted ones, 40)
 * @param retryBackoff wait before seeding again after a failure (ffmpeg that cannot run, storage);
 *                     doubles with each further failure up to {@link DemoCatalog#LONGEST_WAIT}
 * @param titleFont    a TrueType font for the titles drawn on the clips; by default the first
 *                     common system font found (DejaVu, Liberation, Noto, Arial), else no titles
 */
@ConfigurationProperties("flick.demo")
record DemoSettings(@DefaultValue("true") boolean enabled, @DefaultValue("40") int clips,
                    @DefaultValue("30s") Duration retryBackoff, Path titleFont) {

    Optional<Path> configuredFont() {
        return Optional.ofNullable(titleFont);
    }
}
