package io.flick.platform.database;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.flick.platform.FlickSettings;

/**
 * The embedded default: with no database configured, Flick runs its own PostgreSQL. With one
 * configured, this whole configuration steps aside and Spring Boot's datasource takes over; the
 * rest of the code cannot tell the difference.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseAbsent.class)
@EnableConfigurationProperties(EmbeddedPostgresSettings.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(FlickSettings flick, EmbeddedPostgresSettings settings) throws IOException {
        Path dir = settings.dir() != null ? settings.dir() : flick.dataDir().resolve("postgres");
        return EmbeddedPostgresServer.start(dir, settings.port());
    }

    /** Closed before the server (it depends on it), so connections end before PostgreSQL stops. */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.username());
        config.setPoolName("flick-embedded");
        config.setMaximumPoolSize(20);
        return new HikariDataSource(config);
    }

}
