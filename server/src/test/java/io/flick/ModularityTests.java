package io.flick;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import io.flick.media.samples.SampleClips;

/** The module structure holds (no cycles, no reach into another module's internals) and is documented. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(FlickApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void sampleClipsAreMediasSamplesInterfaceNotItsBusinessApi() {
        var media = modules.getModuleByName("media").orElseThrow();
        assertThat(media.getNamedInterfaces().getUnnamedInterface().contains(SampleClips.class)).isFalse();
        assertThat(media.getNamedInterfaces().getByName("samples").map(samples -> samples.contains(SampleClips.class)))
                .contains(true);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
