package io.flick.platform.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when no database was configured, neither by {@code FLICK_DATABASE_URL} nor by Spring's own settings. */
class ExternalDatabaseAbsent implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return !StringUtils.hasText(environment.getProperty("flick.database.url"))
                && !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }
}
