package io.flick.media.ffmpeg;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The toolkit's beans. Nothing runs ffmpeg (or extracts the bundled one) until a job asks. */
@Configuration(proxyBeanMethods = false)
class FfmpegConfiguration {

    @Bean
    ProcessLauncher processLauncher() {
        return new OsProcessLauncher();
    }

    @Bean
    FfmpegBinary ffmpegBinary(MediaSettings settings) {
        return FfmpegBinary.configuredOrBundled(settings.ffmpegPath());
    }

    /** Health component {@code media}: DOWN while ffmpeg cannot run. Liveness and readiness leave it out. */
    @Bean
    HealthIndicator mediaHealthIndicator(FfmpegBinary ffmpeg, ProcessLauncher launcher) {
        return new FfmpegHealth(ffmpeg, launcher);
    }

    @Bean
    Transcoder transcoder(FfmpegBinary ffmpeg, ProcessLauncher launcher, MediaSettings settings) {
        return new Transcoder(ffmpeg, launcher, settings.encodeSettings(), settings.limits(), settings.encodeTimeout());
    }
}
