package io.flick.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled seed the demo catalog on the first start of an empty embedded installation
 * @param clips   how many clips to generate (at most the number of scripted ones)
 */
@ConfigurationProperties("flick.demo")
record DemoSettings(@DefaultValue("true") boolean enabled, @DefaultValue("12") int clips) {
}
