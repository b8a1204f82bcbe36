package io.flick.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.flick.support.Accounts.Login;
import io.flick.support.IntegrationTest;

class BlockTests extends IntegrationTest {

    @Test
    void blockedUsersCannotSeeEachOthersProfilesUntilUnblocked() {
        var blocker = accounts.signUp();
        var blocked = accounts.signUp();

        assertThat(api.post("/api/v1/users/" + blocked.userId() + "/block", null, blocker.accessToken()).status())
                .isEqualTo(204);

        assertThat(api.get("/api/v1/users/" + blocker.userId(), blocked.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/users/by-username/" + blocker.username(), blocked.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/users/" + blocked.userId(), blocker.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/users/" + blocker.userId()).status()).isEqualTo(200); // anonymous still can

        assertThat(api.delete("/api/v1/users/" + blocked.userId() + "/block", blocker.accessToken()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/users/" + blocker.userId(), blocked.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void blockingIsIdempotentAndListedNewestFirstWithCursors() {
        var me = accounts.signUp();
        List<Login> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            others.add(accounts.signUp());
            assertThat(api.post("/api/v1/users/" + others.getLast().userId() + "/block", null, me.accessToken()).status())
                    .isEqualTo(204);
        }
        assertThat(api.post("/api/v1/users/" + others.getFirst().userId() + "/block", null, me.accessToken()).status())
                .isEqualTo(204);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = api.get("/api/v1/users/me/blocks?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), me.accessToken());
            assertThat(page.status()).isEqualTo(200);
            page.json().path("users").forEach(user -> seen.add(user.path("user_id").asString()));
            cursor = page.text("next_cursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(others.reversed().stream().map(Login::userId).toList());
    }

    @Test
    void blockingYourselfOrNobodyIsRefused() {
        var me = accounts.signUp();

        var self = api.post("/api/v1/users/" + me.userId() + "/block", null, me.accessToken());
        var nobody = api.post("/api/v1/users/usr_0000000000001/block", null, me.accessToken());

        assertThat(self.status()).isEqualTo(400);
        assertThat(self.text("code")).isEqualTo("cannot_block_self");
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(api.post("/api/v1/users/" + me.userId() + "/block", null, null).status()).isEqualTo(401);
    }

    @Test
    void aDamagedCursorIsABadRequest() {
        var me = accounts.signUp();

        var response = api.get("/api/v1/users/me/blocks?cursor=garbage!", me.accessToken());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("code")).isEqualTo("invalid_cursor");
        assertThat(api.get("/api/v1/users/me/blocks?limit=0", me.accessToken()).fieldErrors()).containsExactly("limit:out_of_range");
    }
}
