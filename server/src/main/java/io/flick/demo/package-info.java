/**
 * The demo catalogue: on the first start of a fresh embedded installation, eight creators and forty
 * generative clips with music go through the real upload pipeline, so a newcomer's feed is not
 * empty. Its own schema ({@code demo}) records what was made, so a restart goes on where it stopped.
 * It is the one module that uses media's sample generator ({@code media :: samples}), which is
 * not part of media's business API; its dependencies are listed so that stays visible.
 */
@ApplicationModule(displayName = "Demo catalog",
        allowedDependencies = { "account", "media", "media :: samples", "platform", "shared", "video" })
package io.flick.demo;

import org.springframework.modulith.ApplicationModule;
