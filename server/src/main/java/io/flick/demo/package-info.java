/**
 * The demo catalog: on the first start of a fresh embedded installation, a handful of users and a
 * dozen generated clips go through the real upload pipeline, so a newcomer's feed is not empty.
 */
@ApplicationModule(displayName = "Demo catalog")
package io.flick.demo;

import org.springframework.modulith.ApplicationModule;
