package io.flick.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The benchmarks reach the feed module only through its published types, those of the package
 * {@code io.flick.feed} itself (FeedReplay, RankingWeights, SignalKind, Watch, FeedText, TextEmbedder),
 * never its internal sub-packages: so the feed's internals can change, and be package-private,
 * without breaking the harness. Read from the sources (main and test), imports and qualified names alike.
 */
class FeedPublishedSurfaceTests {

    /** A reference into a sub-package of the feed module: {@code io.flick.feed.} then a lower-case package name. */
    private static final Pattern INTERNAL = Pattern.compile("\\bio\\.flick\\.feed\\.[a-z_$][\\w$]*\\s*[.;*]");

    @Test
    void benchReferencesNoFeedInternals() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            // This file names internals on purpose, as samples the check must catch.
            sources = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().equals(FeedPublishedSurfaceTests.class.getSimpleName() + ".java"))
                    .toList();
        }
        assertThat(sources).as("bench's own sources, read from the module directory")
                .anySatisfy(file -> assertThat(file).hasFileName("Diagnosis.java"));
        List<String> violations = new ArrayList<>();
        for (Path file : sources) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (!internalReferences(lines.get(i)).isEmpty()) {
                    violations.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(violations).as("bench lines naming feed internals (use io.flick.feed's published types)").isEmpty();
    }

    @Test
    void theCheckSeesImportsAndQualifiedNamesOfFeedSubPackages() {
        assertThat(internalReferences("import io.flick.feed.model.Watch;")).isNotEmpty();
        assertThat(internalReferences("import io.flick.feed.ranking.*;")).isNotEmpty();
        assertThat(internalReferences("var s = new io.flick.feed.signals.Signal(null, 1L, 2, 0, 0, null);")).isNotEmpty();
        assertThat(internalReferences("import static io.flick.feed.pipeline.ForYouPipeline.PAGE;")).isNotEmpty();
        assertThat(internalReferences("import io.flick.feed.FeedReplay;")).isEmpty();
        assertThat(internalReferences("FeedReplay.Candidates c = io.flick.feed.FeedReplay.class.cast(x);")).isEmpty();
        assertThat(internalReferences("\"--logging.level.io.flick.feed=INFO\"")).isEmpty();
    }

    private static List<String> internalReferences(String line) {
        return INTERNAL.matcher(line).results().map(m -> m.group()).toList();
    }
}
