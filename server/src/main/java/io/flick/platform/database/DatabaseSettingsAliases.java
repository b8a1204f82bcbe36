package io.flick.platform.database;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.util.HashMap;
import java.util.Map;

/**
 * Maps Flick's own database settings ({@code FLICK_DATABASE_URL}, {@code _USERNAME}, {@code _PASSWORD})
 * onto Spring's datasource settings, so an operator needs to know one naming scheme. Spring's own
 * settings, when given, win.
 */
public class DatabaseSettingsAliases implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> mapped = new HashMap<>();
        map(environment, "flick.database.url", "spring.datasource.url", mapped);
        map(environment, "flick.database.username", "spring.datasource.username", mapped);
        map(environment, "flick.database.password", "spring.datasource.password", mapped);
        if (!mapped.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource("flickDatabase", mapped));
        }
    }

    private static void map(ConfigurableEnvironment environment, String from, String to, Map<String, Object> target) {
        String value = environment.getProperty(from);
        if (StringUtils.hasText(value) && !StringUtils.hasText(environment.getProperty(to))) {
            target.put(to, value);
        }
    }
}
