/**
 * The demo catalog: on the first start of a fresh embedded installation, a handful of users and a
 * dozen generated clips go through the real upload pipeline, so a newcomer's feed is not empty.
 * It is the one module that uses media's sample generator ({@code media :: samples}), which is
 * not part of media's business API; its dependencies are listed so that stays visible.
 */
@ApplicationModule(displayName = "Demo catalog",
        allowedDependencies = { "account", "media", "media :: samples", "shared", "video" })
package io.flick.demo;

import org.springframework.modulith.ApplicationModule;
