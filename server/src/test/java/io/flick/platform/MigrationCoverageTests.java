package io.flick.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.flick.support.IntegrationTest;

/**
 * Every module's migration folder was applied. Spring Modulith runs them per module from its module
 * model; a stale model (seen after an incremental build that added a module) skips a folder
 * silently, and the first sign would otherwise be a missing table in production.
 */
class MigrationCoverageTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyModulesMigrationsRan() throws IOException {
        Set<String> folders = Arrays.stream(new PathMatchingResourcePatternResolver()
                        .getResources("classpath*:db/migration/*/*.sql"))
                .map(MigrationCoverageTests::folder).collect(Collectors.toSet());
        Set<String> applied = jdbc.sql("""
                SELECT substring(table_name FROM 'flyway_schema_history_(.*)') FROM information_schema.tables
                WHERE table_schema = 'public' AND table_name LIKE 'flyway_schema_history_%'""")
                .query(String.class).set();

        assertThat(folders).contains("account", "media", "social", "sound", "video", "engagement");
        assertThat(applied).containsAll(folders);
    }

    private static String folder(Resource resource) {
        try {
            String path = resource.getURL().toString();
            String[] parts = path.split("/");
            return parts[parts.length - 2];
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
