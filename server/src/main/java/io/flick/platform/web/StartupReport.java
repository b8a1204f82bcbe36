package io.flick.platform.web;

import java.lang.management.ManagementFactory;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.flick.platform.StartupNote;

/**
 * Says, once everything is ready, where Flick is serving and how long the start took, followed by
 * the modules' own notes (the demo catalogue's state): what is ready, and what is not yet.
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final List<StartupNote> notes;

    StartupReport(List<StartupNote> notes) {
        this.notes = notes;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        long millis = ManagementFactory.getRuntimeMXBean().getUptime();
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        log.info("Flick is ready on http://localhost:{} (started in {} s; API docs at /swagger-ui.html)",
                port, String.format("%.1f", millis / 1000.0));
        notes.forEach(note -> note.note().ifPresent(line -> log.info("  {}", line)));
    }
}
