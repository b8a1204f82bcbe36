package io.flick.platform.web;

import java.lang.management.ManagementFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says, once everything is ready, where Flick is serving and how long the start took. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        long millis = ManagementFactory.getRuntimeMXBean().getUptime();
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        log.info("Flick is ready on http://localhost:{} (started in {} s; API docs at /swagger-ui.html)",
                port, String.format("%.1f", millis / 1000.0));
    }
}
