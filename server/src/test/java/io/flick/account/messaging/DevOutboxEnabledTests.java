package io.flick.account.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** When the dev outbox, which shows anyone every code, may serve. */
class DevOutboxEnabledTests {

    @Test
    void byDefaultAServerOthersCanReachHasNoOutbox() {
        assertThat(DevOutboxEnabled.enabled(new MockEnvironment())).isFalse();
        assertThat(DevOutboxEnabled.enabled(environment("server.address", "0.0.0.0"))).isFalse();
    }

    @Test
    void byDefaultAServerBoundToLoopbackHasTheOutbox() {
        assertThat(DevOutboxEnabled.enabled(environment("server.address", "127.0.0.1"))).isTrue();
        assertThat(DevOutboxEnabled.enabled(environment("server.address", "::1"))).isTrue();
        assertThat(DevOutboxEnabled.enabled(environment("server.address", "localhost"))).isTrue();
    }

    @Test
    void aLoopbackServerBehindAProxyOrWithAPublicUrlHasNoOutbox() {
        assertThat(DevOutboxEnabled.enabled(environment("server.address", "127.0.0.1")
                .withProperty("flick.public-url", "https://flick.example"))).isFalse();
        assertThat(DevOutboxEnabled.enabled(environment("server.address", "127.0.0.1")
                .withProperty("server.forward-headers-strategy", "native"))).isFalse();
    }

    @Test
    void onAndOffDecideWhateverTheAddress() {
        assertThat(DevOutboxEnabled.enabled(environment("flick.account.dev-outbox", "on"))).isTrue();
        assertThat(DevOutboxEnabled.enabled(environment("flick.account.dev-outbox", "off")
                .withProperty("server.address", "127.0.0.1"))).isFalse();
    }

    @Test
    void realMailAlwaysTurnsTheOutboxOff() {
        assertThat(DevOutboxEnabled.enabled(environment("flick.account.dev-outbox", "on")
                .withProperty("spring.mail.host", "smtp.example"))).isFalse();
    }

    private static MockEnvironment environment(String key, String value) {
        return new MockEnvironment().withProperty(key, value);
    }
}
