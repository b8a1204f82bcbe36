package io.flick.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import io.flick.discovery.index.SearchIndex;
import io.flick.discovery.index.SearchIndexLifecycle;
import io.flick.support.IntegrationTest;

/** {@code flick.search.rebuild-on-start=true}: an operator's rebuild of a sound index at the next start. */
@TestPropertySource(properties = {"flick.test.server=search-rebuild-on-start", "flick.search.rebuild-on-start=true"})
class SearchRebuildOnStartTests extends IntegrationTest {

    @Autowired
    SearchIndexLifecycle lifecycle;
    @Autowired
    SearchIndex index;

    @Test
    void aSoundIndexIsRebuiltAtEveryStartWhenTheSettingAsksAndAUserIsFoundAfterwards() {
        var user = accounts.signUp();
        await().until(() -> !index.degraded());
        await().until(() -> api.get("/api/v1/search/users?q=" + user.username()).json().path("users").size() == 1);
        long before = index.generation();

        lifecycle.stop();
        lifecycle.start();

        assertThat(index.generation()).isEqualTo(before + 1);
        await().until(() -> !index.degraded());
        var found = api.get("/api/v1/search/users?q=" + user.username());
        assertThat(found.json().path("degraded").asBoolean()).isFalse();
        assertThat(found.json().path("users").get(0).path("user").path("user_id").asString()).isEqualTo(user.userId());
    }
}
