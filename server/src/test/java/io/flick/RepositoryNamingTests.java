package io.flick;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The convention of docs/architecture.md: a class that talks to the database (holds a Spring JDBC
 * client) is named after the collection it holds, as a plural noun ({@code Users}, {@code Videos},
 * {@code StoredFollows}), so the next repository is named the same way.
 */
class RepositoryNamingTests {

    private static final Set<Class<?>> JDBC = Set.of(JdbcClient.class, JdbcTemplate.class, JdbcOperations.class,
            NamedParameterJdbcTemplate.class, NamedParameterJdbcOperations.class);

    /** Real exceptions, each with its reason. */
    private static final Map<String, String> EXCEPTIONS = Map.of(
            // An append-only journal, replayed in order at start and never queried by key: "journal"
            // says what it is better than a plural would (and feed's Signal and FeedSignals are near).
            "io.flick.feed.signals.SignalJournal", "an append-only journal");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.flick");

    @Test
    void everyClassHoldingAJdbcClientIsNamedAsACollection() {
        List<String> holders = jdbcHolders();
        assertThat(holders).as("the scan finds the repositories").contains("io.flick.account.user.Users",
                "io.flick.video.catalog.Videos", "io.flick.media.processing.Assets");
        assertThat(holders.stream().filter(name -> !EXCEPTIONS.containsKey(name))
                .filter(name -> !simpleName(name).endsWith("s")))
                .as("classes that hold a JDBC client but are not named as a collection (plural noun)")
                .isEmpty();
    }

    @Test
    void everyExceptionStillHoldsAJdbcClient() {
        assertThat(jdbcHolders()).as("an exception no longer needed is removed from the list").containsAll(EXCEPTIONS.keySet());
    }

    private List<String> jdbcHolders() {
        return classes.stream()
                .filter(type -> type.getAllFields().stream().anyMatch(field -> JDBC.stream().anyMatch(field.getRawType()::isEquivalentTo)))
                .map(JavaClass::getName).sorted().toList();
    }

    private static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
