package io.flick.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.media.samples.SampleClips;
import io.flick.support.Accounts;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;

/**
 * Bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) are invisible and reorder
 * the text around them: a right-to-left override makes {@code "gnp.exe"} read {@code "exe.png"} and
 * lets one name impersonate another. Free text loses them; identifiers refuse them.
 */
class TextRuleTests extends IntegrationTest {

    private static final String RLO = "\u202E";
    private static final String PDF = "\u202C";

    @Autowired
    SampleClips sampleClips;

    @Test
    void bidiControlsAreRemovedFromDisplayNamesAndBios() {
        var user = accounts.signUp();

        var patch = api.patch("/api/v1/users/me", Map.of("display_name", "Ann " + RLO + "gnp.exe" + PDF,
                "bio", "\u2067dancing\u2069 every\u200F day\u200E\u061C\u202A\u202B\u202D\u2066\u2068"), user.accessToken());

        assertThat(patch.status()).as(patch.toString()).isEqualTo(200);
        var me = api.get("/api/v1/users/me", user.accessToken());
        assertThat(me.text("display_name")).isEqualTo("Ann gnp.exe");
        assertThat(me.text("bio")).isEqualTo("dancing every day");
    }

    @Test
    void bidiControlsAreRemovedFromTheDisplayNameChosenAtSignUp() {
        String username = Accounts.uniqueName("rtl");
        String email = username + "@example.com";
        api.post("/api/v1/auth/register", Map.of("email", email, "password", Accounts.PASSWORD, "username", username,
                "display_name", RLO + "nimda" + PDF));

        var verified = api.post("/api/v1/auth/verify", Map.of("email", email, "code", accounts.awaitCode(email)));

        assertThat(verified.json().path("user").path("display_name").asString()).isEqualTo("nimda");
    }

    @Test
    void aNameMadeOnlyOfBidiControlsIsEmptyAndRefused() {
        var user = accounts.signUp();

        var patch = api.patch("/api/v1/users/me", Map.of("display_name", RLO + PDF + "\u200F"), user.accessToken());

        assertThat(patch.status()).isEqualTo(400);
        assertThat(patch.fieldErrors()).containsExactly("display_name:length");
    }

    @Test
    void usernamesWithBidiControlsAreRefused() {
        var user = accounts.signUp();
        String spoof = "ann" + RLO + "gnp";

        var patch = api.patch("/api/v1/users/me", Map.of("username", spoof), user.accessToken());
        var register = api.post("/api/v1/auth/register", Map.of("email", Accounts.uniqueName("s") + "@example.com",
                "password", Accounts.PASSWORD, "username", spoof));

        assertThat(patch.status()).isEqualTo(400);
        assertThat(patch.fieldErrors()).containsExactly("username:format");
        assertThat(register.status()).isEqualTo(400);
        assertThat(register.fieldErrors()).containsExactly("username:format");
    }

    @Test
    void bidiControlsAreRemovedFromCaptionsAndComments() {
        var owner = accounts.signUp();
        var fan = accounts.signUp();
        String video = new PublishedVideos(api, accounts, sampleClips)
                .publish(owner, Map.of("caption", "my new " + RLO + "4pm.exe" + PDF + " #fyp"));

        var comment = api.post("/api/v1/videos/" + video + "/comments",
                Map.of("text", "\u2066so\u2069 good " + RLO + "olleh"), fan.accessToken());

        assertThat(api.get("/api/v1/videos/" + video).text("caption")).isEqualTo("my new 4pm.exe #fyp");
        assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
        assertThat(comment.text("text")).isEqualTo("so good olleh");
        assertThat(api.get("/api/v1/videos/" + video + "/comments").json().path("comments").get(0).path("text")
                .asString()).isEqualTo("so good olleh");
    }
}
