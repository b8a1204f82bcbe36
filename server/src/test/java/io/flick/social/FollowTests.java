package io.flick.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.flick.support.Accounts.Login;
import io.flick.support.IntegrationTest;

class FollowTests extends IntegrationTest {

    @Test
    void followingAPublicAccountCountsOnBothProfiles() {
        var fan = accounts.signUp();
        var star = accounts.signUp();

        var follow = api.post("/api/v1/users/" + star.userId() + "/follow", null, fan.accessToken());
        api.post("/api/v1/users/" + star.userId() + "/follow", null, fan.accessToken()); // twice counts once

        assertThat(follow.status()).isEqualTo(200);
        assertThat(follow.text("status")).isEqualTo("following");
        assertThat(counts(star)).containsExactly(1, 0);
        assertThat(counts(fan)).containsExactly(0, 1);
        assertThat(userIds("/api/v1/users/" + star.userId() + "/followers", null)).containsExactly(fan.userId());
        assertThat(userIds("/api/v1/users/" + fan.userId() + "/following", null)).containsExactly(star.userId());

        assertThat(api.delete("/api/v1/users/" + star.userId() + "/unfollow", fan.accessToken()).status()).isEqualTo(204);
        assertThat(counts(star)).containsExactly(0, 0);
        api.post("/api/v1/users/" + star.userId() + "/follow", null, fan.accessToken());
        assertThat(api.delete("/api/v1/users/" + star.userId() + "/follow", fan.accessToken()).status()).isEqualTo(204);
        assertThat(counts(fan)).containsExactly(0, 0);
    }

    @Test
    void aPrivateAccountApprovesOrDeniesFollowRequests() {
        var owner = accounts.signUp();
        var welcome = accounts.signUp();
        var unwelcome = accounts.signUp();
        api.patch("/api/v1/users/me", Map.of("is_private", true), owner.accessToken());

        assertThat(api.post("/api/v1/users/" + owner.userId() + "/follow", null, welcome.accessToken()).text("status"))
                .isEqualTo("requested");
        api.post("/api/v1/users/" + owner.userId() + "/follow", null, unwelcome.accessToken());
        assertThat(counts(owner)).containsExactly(0, 0);
        assertThat(userIds("/api/v1/users/me/follow-requests", owner)).containsExactly(unwelcome.userId(), welcome.userId());

        assertThat(api.post("/api/v1/users/me/follow-requests/" + welcome.userId() + "/approve", null, owner.accessToken())
                .status()).isEqualTo(204);
        assertThat(api.post("/api/v1/users/me/follow-requests/" + unwelcome.userId() + "/deny", null, owner.accessToken())
                .status()).isEqualTo(204);

        assertThat(userIds("/api/v1/users/me/follow-requests", owner)).isEmpty();
        assertThat(userIds("/api/v1/users/" + owner.userId() + "/followers", owner)).containsExactly(welcome.userId());
        assertThat(counts(owner)).containsExactly(1, 0);
        assertThat(api.post("/api/v1/users/me/follow-requests/" + unwelcome.userId() + "/approve", null, owner.accessToken())
                .status()).isEqualTo(404);
    }

    @Test
    void aProfileSaysHowTheViewerStandsTowardsItsOwner() {
        var ann = accounts.signUp();
        var bob = accounts.signUp();
        var shy = accounts.signUp();
        api.patch("/api/v1/users/me", Map.of("is_private", true), shy.accessToken());

        assertThat(relationship(bob, ann)).isEqualTo("none");
        assertThat(relationship(null, ann)).isEqualTo("none");
        assertThat(relationship(ann, ann)).isEqualTo("self");
        assertThat(api.get("/api/v1/users/me", ann.accessToken()).text("relationship")).isEqualTo("self");

        api.post("/api/v1/users/" + bob.userId() + "/follow", null, ann.accessToken());
        assertThat(relationship(ann, bob)).isEqualTo("following");
        assertThat(relationship(bob, ann)).isEqualTo("follows_you");
        api.post("/api/v1/users/" + ann.userId() + "/follow", null, bob.accessToken());
        assertThat(relationship(ann, bob)).isEqualTo("friends");
        assertThat(relationship(bob, ann)).isEqualTo("friends");
        assertThat(api.get("/api/v1/users/by-username/" + bob.username(), ann.accessToken()).text("relationship"))
                .isEqualTo("friends");

        api.post("/api/v1/users/" + shy.userId() + "/follow", null, ann.accessToken());
        assertThat(relationship(ann, shy)).isEqualTo("requested");
        api.post("/api/v1/users/me/follow-requests/" + ann.userId() + "/approve", null, shy.accessToken());
        assertThat(relationship(ann, shy)).isEqualTo("following");
        api.delete("/api/v1/users/" + shy.userId() + "/follow", ann.accessToken());
        assertThat(relationship(ann, shy)).isEqualTo("none");
    }

    @Test
    void listsSayHowTheViewerStandsTowardsEachPersonOnThem() {
        var star = accounts.signUp();
        var ann = accounts.signUp();
        var bob = accounts.signUp();
        var cat = accounts.signUp();
        for (Login fan : List.of(ann, bob, cat)) {
            api.post("/api/v1/users/" + star.userId() + "/follow", null, fan.accessToken());
        }
        api.post("/api/v1/users/" + ann.userId() + "/follow", null, bob.accessToken());
        api.post("/api/v1/users/" + cat.userId() + "/follow", null, ann.accessToken());
        api.post("/api/v1/users/" + ann.userId() + "/follow", null, cat.accessToken());

        String followers = "/api/v1/users/" + star.userId() + "/followers";
        assertThat(relationships(followers, ann)).containsExactlyInAnyOrderEntriesOf(Map.of(
                ann.userId(), "self", bob.userId(), "follows_you", cat.userId(), "friends"));
        assertThat(relationships(followers, star)).containsExactlyInAnyOrderEntriesOf(Map.of(
                ann.userId(), "follows_you", bob.userId(), "follows_you", cat.userId(), "follows_you"));
        // The rule is the profile's: each entry says what that person's profile says to the viewer.
        assertThat(relationships(followers, bob).get(ann.userId())).isEqualTo(relationship(bob, ann));
        assertThat(relationships(followers, null)).as("a visitor has no relationship")
                .containsExactlyInAnyOrderEntriesOf(Map.of(ann.userId(), "", bob.userId(), "", cat.userId(), ""));
    }

    /** Each listed person's id and the relationship the list gives for them ("" when it gives none). */
    private Map<String, String> relationships(String path, Login as) {
        var response = api.get(path, as == null ? null : as.accessToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        Map<String, String> found = new java.util.HashMap<>();
        response.json().path("users").forEach(entry -> found.put(entry.path("user").path("user_id").asString(),
                entry.path("relationship").isString() ? entry.path("relationship").asString() : ""));
        return found;
    }

    private String relationship(Login viewer, Login owner) {
        var profile = viewer == null ? api.get("/api/v1/users/" + owner.userId())
                : api.get("/api/v1/users/" + owner.userId(), viewer.accessToken());
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        return profile.text("relationship");
    }

    @Test
    void turningAnAccountPublicApprovesItsPendingRequests() {
        var owner = accounts.signUp();
        var asker = accounts.signUp();
        api.patch("/api/v1/users/me", Map.of("is_private", true), owner.accessToken());
        api.post("/api/v1/users/" + owner.userId() + "/follow", null, asker.accessToken());
        assertThat(counts(owner)).containsExactly(0, 0);

        api.patch("/api/v1/users/me", Map.of("is_private", false), owner.accessToken());

        await().atMost(Duration.ofSeconds(5)).until(() -> counts(owner).getFirst() == 1);
        assertThat(userIds("/api/v1/users/me/follow-requests", owner)).isEmpty();
        assertThat(userIds("/api/v1/users/" + owner.userId() + "/followers", null)).containsExactly(asker.userId());
    }

    @Test
    void aPrivateAccountsListsAreForItsFollowersOnly() {
        var owner = accounts.signUp();
        var follower = accounts.signUp();
        var stranger = accounts.signUp();
        api.post("/api/v1/users/" + owner.userId() + "/follow", null, follower.accessToken());
        api.patch("/api/v1/users/me", Map.of("is_private", true), owner.accessToken());

        String followers = "/api/v1/users/" + owner.userId() + "/followers";
        assertThat(api.get(followers, stranger.accessToken()).status()).isEqualTo(403);
        assertThat(api.get(followers).status()).isEqualTo(403);
        assertThat(api.get(followers, follower.accessToken()).status()).isEqualTo(200);
        assertThat(api.get(followers, owner.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void friendsAreMutualFollows() {
        var me = accounts.signUp();
        var friend = accounts.signUp();
        var idol = accounts.signUp();
        api.post("/api/v1/users/" + friend.userId() + "/follow", null, me.accessToken());
        api.post("/api/v1/users/" + me.userId() + "/follow", null, friend.accessToken());
        api.post("/api/v1/users/" + idol.userId() + "/follow", null, me.accessToken());

        assertThat(userIds("/api/v1/users/" + me.userId() + "/friends", null)).containsExactly(friend.userId());
        assertThat(userIds("/api/v1/users/" + friend.userId() + "/friends", null)).containsExactly(me.userId());
    }

    @Test
    void nobodySeesTheOtherSideOfABlockInAThirdPartysLists() {
        var common = accounts.signUp();
        var me = accounts.signUp();
        var blocker = accounts.signUp();
        var blockedByMe = accounts.signUp();
        for (Login person : List.of(me, blocker, blockedByMe)) {
            api.post("/api/v1/users/" + common.userId() + "/follow", null, person.accessToken());
            api.post("/api/v1/users/" + person.userId() + "/follow", null, common.accessToken());
        }
        api.post("/api/v1/users/" + me.userId() + "/block", null, blocker.accessToken());
        api.post("/api/v1/users/" + blockedByMe.userId() + "/block", null, me.accessToken());

        for (String list : List.of("followers", "following", "friends")) {
            String path = "/api/v1/users/" + common.userId() + "/" + list;
            assertThat(userIds(path, null)).as("anonymous, " + list)
                    .containsExactlyInAnyOrder(me.userId(), blocker.userId(), blockedByMe.userId());
            assertThat(userIds(path, me)).as("me, " + list).containsExactly(me.userId());
            assertThat(userIds(path, blocker)).as("who blocked me, " + list)
                    .containsExactlyInAnyOrder(blocker.userId(), blockedByMe.userId());
            assertThat(userIds(path, blockedByMe)).as("whom I blocked, " + list)
                    .containsExactlyInAnyOrder(blocker.userId(), blockedByMe.userId());
        }
    }

    @Test
    void followerListsArePagedNewestFirst() {
        var star = accounts.signUp();
        List<String> fans = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var fan = accounts.signUp();
            api.post("/api/v1/users/" + star.userId() + "/follow", null, fan.accessToken());
            fans.add(0, fan.userId());
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = api.get("/api/v1/users/" + star.userId() + "/followers?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            page.json().path("users").forEach(entry -> seen.add(entry.path("user").path("user_id").asString()));
            cursor = page.text("next_cursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(fans);
    }

    @Test
    void aBlockEndsFollowsBothWaysAndPreventsNewOnes() {
        var one = accounts.signUp();
        var other = accounts.signUp();
        api.post("/api/v1/users/" + other.userId() + "/follow", null, one.accessToken());
        api.post("/api/v1/users/" + one.userId() + "/follow", null, other.accessToken());
        assertThat(counts(one)).containsExactly(1, 1);

        api.post("/api/v1/users/" + other.userId() + "/block", null, one.accessToken());

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(counts(one)).containsExactly(0, 0);
            assertThat(counts(other)).containsExactly(0, 0);
        });
        assertThat(api.post("/api/v1/users/" + one.userId() + "/follow", null, other.accessToken()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/users/" + other.userId() + "/follow", null, one.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/users/" + one.userId() + "/followers", other.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void followingYourselfOrNobodyIsRefused() {
        var me = accounts.signUp();

        assertThat(api.post("/api/v1/users/" + me.userId() + "/follow", null, me.accessToken()).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/users/usr_0000000000001/follow", null, me.accessToken()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/users/" + me.userId() + "/follow", null, null).status()).isEqualTo(401);
    }

    /** [follower_count, following_count] as the profile shows them. */
    private List<Integer> counts(Login user) {
        var profile = api.get("/api/v1/users/" + user.userId()).json();
        return List.of(profile.path("follower_count").asInt(), profile.path("following_count").asInt());
    }

    private List<String> userIds(String path, Login as) {
        var response = api.get(path, as == null ? null : as.accessToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().path("users").forEach(entry -> ids.add(entry.path("user").path("user_id").asString()));
        return ids;
    }
}
