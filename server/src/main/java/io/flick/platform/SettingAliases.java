package io.flick.platform;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Maps Flick's own settings for the engines it talks to ({@code FLICK_DATABASE_URL},
 * {@code FLICK_SMTP_HOST} …) onto Spring Boot's, so an operator learns one naming scheme. Spring's
 * own settings, when given, win. Only settings that have a value are mapped: an empty one must not
 * switch a feature on (an empty mail host would create a mail sender that cannot connect).
 */
public class SettingAliases implements EnvironmentPostProcessor {

    private static final Map<String, String> ALIASES = Map.of(
            "flick.database.url", "spring.datasource.url",
            "flick.database.username", "spring.datasource.username",
            "flick.database.password", "spring.datasource.password",
            "flick.smtp.host", "spring.mail.host",
            "flick.smtp.port", "spring.mail.port",
            "flick.smtp.username", "spring.mail.username",
            "flick.smtp.password", "spring.mail.password");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> mapped = new HashMap<>();
        ALIASES.forEach((from, to) -> {
            String value = environment.getProperty(from);
            if (StringUtils.hasText(value) && !StringUtils.hasText(environment.getProperty(to))) {
                mapped.put(to, value);
            }
        });
        if (!mapped.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource("flickAliases", mapped));
        }
    }
}
