package io.flick.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import io.flick.FlickApplication;
import io.flick.bench.feed.ReplayClock;

/**
 * The benchmarks live under {@code io.flick}, which the application scans: any component among them
 * would be registered in every server a benchmark starts. The feed evaluation's replay clock once was,
 * and froze the clock of every benchmark server.
 */
class BenchClassesOutsideTheScanTests {

    @Test
    void noBenchClassIsPickedUpByTheApplicationsComponentScan() {
        var scan = new ClassPathScanningCandidateComponentProvider(true);
        assertThat(FlickApplication.class.getPackageName()).isEqualTo("io.flick");
        assertThat(scan.findCandidateComponents(getClass().getPackageName()))
                .extracting(BeanDefinition::getBeanClassName).isEmpty();
    }

    @Test
    void theReplayClockIsRegisteredWhereAServerNamesIt() {
        try (var context = new AnnotationConfigApplicationContext(ReplayClock.Setup.class)) {
            assertThat(context.getBean(Clock.class)).isInstanceOf(ReplayClock.class);
        }
    }
}
