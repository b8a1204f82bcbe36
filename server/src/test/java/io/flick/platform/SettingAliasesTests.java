package io.flick.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class SettingAliasesTests {

    @Test
    void flickVariablesConfigureTheDatabaseAndMailServer() {
        var environment = environment(Map.of("FLICK_DATABASE_URL", "jdbc:postgresql://db/flick",
                "FLICK_DATABASE_USERNAME", "flick", "FLICK_SMTP_HOST", "smtp.example", "FLICK_SMTP_PORT", "2525"));

        new SettingAliases().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db/flick");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("flick");
        assertThat(environment.getProperty("spring.mail.host")).isEqualTo("smtp.example");
        assertThat(environment.getProperty("spring.mail.port")).isEqualTo("2525");
    }

    @Test
    void emptyVariablesSwitchNothingOnAndSpringsOwnSettingsWin() {
        var environment = environment(Map.of("FLICK_SMTP_HOST", "", "FLICK_DATABASE_URL", "jdbc:postgresql://a/b",
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://c/d"));

        new SettingAliases().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.containsProperty("spring.mail.host")).isFalse();
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://c/d");
    }

    private static StandardEnvironment environment(Map<String, Object> variables) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        environment.getPropertySources().addLast(new MapPropertySource("none", Map.of()));
        return environment;
    }
}
