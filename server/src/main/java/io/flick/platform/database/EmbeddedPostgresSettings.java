package io.flick.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dir  the PostgreSQL data directory; defaults to {@code <flick.data-dir>/postgres}
 * @param port a fixed port, or 0 to pick a free one at each start
 */
@ConfigurationProperties("flick.embedded-postgres")
record EmbeddedPostgresSettings(Path dir, int port) {
}
