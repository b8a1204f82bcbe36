package io.flick.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.flick.support.Images;
import io.flick.support.IntegrationTest;

class ProfileTests extends IntegrationTest {

    @Test
    void anyoneCanSeeAPublicProfileByIdOrUsernameWithoutPrivateDetails() {
        var user = accounts.signUp();

        var byId = api.get("/api/v1/users/" + user.userId());
        var byName = api.get("/api/v1/users/by-username/@" + user.username().toUpperCase());

        assertThat(byId.status()).isEqualTo(200);
        assertThat(byName.body()).isEqualTo(byId.body());
        var profile = byId.json();
        assertThat(profile.path("username").asString()).isEqualTo(user.username());
        assertThat(profile.has("email")).isFalse();
        assertThat(profile.has("phone")).isFalse();
        for (String field : new String[] {"display_name", "bio", "avatar_url", "is_verified", "is_private",
                "follower_count", "following_count", "likes_count", "video_count", "created_at"}) {
            assertThat(profile.has(field)).as(field).isTrue();
        }
    }

    @Test
    void unknownUsersAreNotFound() {
        assertThat(api.get("/api/v1/users/usr_0000000000001").text("code")).isEqualTo("user_not_found");
        assertThat(api.get("/api/v1/users/by-username/nobody_at_all_here").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/users/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void theOwnerEditsTheirProfile() {
        var user = accounts.signUp();
        String newName = user.username() + "_x";

        var updated = api.patch("/api/v1/users/me",
                Map.of("display_name", "  Ann Bee ", "bio", "dancing 💃 every day", "is_private", true, "username", newName),
                user.accessToken());

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.text("display_name")).isEqualTo("Ann Bee");
        assertThat(updated.text("bio")).isEqualTo("dancing 💃 every day");
        assertThat(updated.json().path("is_private").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/users/by-username/" + newName).text("user_id")).isEqualTo(user.userId());
        // Fields left out stay as they were.
        var again = api.patch("/api/v1/users/me", Map.of("bio", ""), user.accessToken());
        assertThat(again.text("display_name")).isEqualTo("Ann Bee");
        assertThat(again.text("bio")).isEmpty();
    }

    @Test
    void invalidProfileChangesAreRefusedFieldByField() {
        var user = accounts.signUp();
        var other = accounts.signUp();

        assertThat(api.patch("/api/v1/users/me", Map.of("bio", "x".repeat(161)), user.accessToken()).fieldErrors())
                .containsExactly("bio:length");
        assertThat(api.patch("/api/v1/users/me", Map.of("display_name", "   "), user.accessToken()).fieldErrors())
                .containsExactly("display_name:length");
        assertThat(api.patch("/api/v1/users/me", Map.of("display_name", "bad\u0007name"), user.accessToken()).fieldErrors())
                .containsExactly("display_name:control_characters");
        assertThat(api.patch("/api/v1/users/me", Map.of("username", "no spaces"), user.accessToken()).fieldErrors())
                .containsExactly("username:format");
        assertThat(api.patch("/api/v1/users/me", Map.of("is_private", "maybe"), user.accessToken()).fieldErrors())
                .containsExactly("is_private:invalid");
        var taken = api.patch("/api/v1/users/me", Map.of("username", other.username()), user.accessToken());
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text("code")).isEqualTo("username_taken");
        assertThat(api.patch("/api/v1/users/me", Map.of("bio", "x"), null).status()).isEqualTo(401);
    }

    @Test
    void anAvatarIsCroppedToASquareJpegAndServed() throws IOException {
        var user = accounts.signUp();

        var response = api.putFile("/api/v1/users/me/avatar", "file", "me.jpg", "image/jpeg", Images.png(1200, 800), user.accessToken());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        String url = response.text("avatar_url");
        assertThat(url).contains("/media/avatars/");
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(api.bytes(url)));
        assertThat(served.getWidth()).isEqualTo(512);
        assertThat(served.getHeight()).isEqualTo(512);
        assertThat(api.get("/api/v1/users/" + user.userId()).text("avatar_url")).isEqualTo(url);

        var replaced = api.putFile("/api/v1/users/me/avatar", "file", "b.png", "image/png", Images.png(64, 64), user.accessToken());
        assertThat(replaced.text("avatar_url")).isNotEqualTo(url);
        assertThat(api.get(url).status()).isEqualTo(404); // the old picture is gone
        assertThat(api.delete("/api/v1/users/me/avatar", user.accessToken()).json().path("avatar_url").isNull()).isTrue();
    }

    @Test
    void anAvatarThatIsNotAnImageIsRefusedWhateverItsName() {
        var user = accounts.signUp();

        var text = api.putFile("/api/v1/users/me/avatar", "file", "cat.png", "image/png",
                "<?php echo 'hi'; ?>".getBytes(), user.accessToken());
        var truncated = api.putFile("/api/v1/users/me/avatar", "file", "cat.png", "image/png",
                java.util.Arrays.copyOf(Images.png(100, 100), 60), user.accessToken());

        assertThat(text.status()).isEqualTo(400);
        assertThat(text.text("code")).isEqualTo("not_an_image");
        assertThat(truncated.text("code")).isEqualTo("not_an_image");
        assertThat(api.get("/api/v1/users/me", user.accessToken()).json().path("avatar_url").isNull()).isTrue();
    }

    @Test
    void anAvatarClaimingEnormousDimensionsIsRefusedBeforeDecoding() {
        var user = accounts.signUp();

        var bomb = api.putFile("/api/v1/users/me/avatar", "file", "bomb.png", "image/png",
                pngHeaderOnly(100_000, 100_000), user.accessToken());

        assertThat(bomb.status()).isEqualTo(400);
        assertThat(bomb.fieldErrors()).containsExactly("file:dimensions");
    }

    @Test
    void anAvatarLargerThanTheLimitIsRefused() {
        var user = accounts.signUp();

        var large = api.putFile("/api/v1/users/me/avatar", "file", "big.png", "image/png", new byte[5 * 1024 * 1024 + 256 * 1024],
                user.accessToken());

        assertThat(large.status()).isEqualTo(413);
        assertThat(large.text("code")).isEqualTo("payload_too_large");
    }

    /** A PNG signature and header chunk announcing the given size, with no pixel data. */
    static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes()).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        var crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
    }
}
