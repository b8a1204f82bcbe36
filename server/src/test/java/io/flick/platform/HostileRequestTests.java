package io.flick.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.media.samples.SampleClips;
import io.flick.support.Api;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;

/** Malformed input at the web edge is a 4xx problem that names the mistake, never a 500. */
class HostileRequestTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;

    @Test
    void anAllZeroUploadIdInTheCompleteBodyIsAnUnknownUpload() {
        var user = accounts.signUp();

        var answer = api.post("/api/v1/videos/upload/complete", Map.of("upload_id", "upl_0000000000000"), user.accessToken());

        assertProblem(answer, 404, "upload_not_found");
    }

    @Test
    void aQueryStringThatIsNotUtf8IsAMalformedRequest() {
        var user = accounts.signUp();

        for (String cursor : new String[] {"%FF%FE", "%C3%28", "%ED%A0%80"}) {
            assertProblem(api.get("/api/v1/users/" + user.userId() + "/followers?cursor=" + cursor), 400, "malformed_request");
            assertProblem(api.get("/api/v1/hashtags/dance/videos?cursor=" + cursor), 400, "malformed_request");
            assertProblem(api.get("/api/v1/users/me/blocks?cursor=" + cursor, user.accessToken()), 400, "malformed_request");
        }
    }

    @Test
    void aCursorOfControlOrBidiCharactersIsAnInvalidCursor() {
        var user = accounts.signUp();

        for (String cursor : new String[] {"%00", "%E2%80%AE", "Yzk6MTo0Mg%00"}) {
            assertProblem(api.get("/api/v1/users/" + user.userId() + "/followers?cursor=" + cursor), 400, "invalid_cursor");
            assertProblem(api.get("/api/v1/users/me/blocks?cursor=" + cursor, user.accessToken()), 400, "invalid_cursor");
        }
    }

    @Test
    void aByteRangeEndingBeyondAnyNumberIsServedToTheEndOfTheFile() {
        var creator = accounts.signUp();
        String video = new PublishedVideos(api, accounts, sampleClips).publish(creator, "public");
        String thumbnail = api.get("/api/v1/videos/" + video).text("thumbnail_url");
        int size = api.bytes(thumbnail).length;

        var whole = api.exchange("GET", thumbnail, null, Map.of("Range", "bytes=0-99999999999999999999"), null);
        var suffix = api.exchange("GET", thumbnail, null, Map.of("Range", "bytes=-99999999999999999999"), null);
        var beyond = api.exchange("GET", thumbnail, null, Map.of("Range", "bytes=99999999999999999999-"), null);

        assertThat(whole.status()).as(whole.toString()).isEqualTo(206);
        assertThat(whole.header("Content-Range")).isEqualTo("bytes 0-" + (size - 1) + "/" + size);
        assertThat(suffix.status()).as(suffix.toString()).isEqualTo(206);
        assertThat(suffix.header("Content-Range")).isEqualTo("bytes 0-" + (size - 1) + "/" + size);
        assertThat(beyond.status()).as(beyond.toString()).isEqualTo(416);
        assertThat(beyond.header("Content-Range")).isEqualTo("bytes */" + size);
    }

    @Test
    void aMediaLinkThatExpiresAtTheEndOfTimeIsAnInvalidLink() {
        for (String expires : new String[] {Long.toString(Long.MAX_VALUE), Long.toString(Long.MIN_VALUE), "-1"}) {
            var answer = api.get("/media/s/" + expires + "/AAAAAAAAAAAAAAAAAAAAAA/v/1/master.m3u8");
            assertProblem(answer, 403, "media_url_invalid");
        }
        var tooLarge = api.get("/media/s/99999999999999999999/AAAAAAAAAAAAAAAAAAAAAA/v/1/master.m3u8");
        assertThat(tooLarge.status()).as(tooLarge.toString()).isBetween(400, 499);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aLoginBodyOverTheAuthCapIsRefusedBeforeItIsRead() {
        String padding = "x".repeat(20_000);

        var declared = api.post("/api/v1/auth/login", "{\"login\": \"someone\", \"password\": \"" + padding + "\"}");
        var percentEncoded = api.post("/api/v1/%61uth/login", "{\"login\": \"someone\", \"password\": \"" + padding + "\"}");

        assertProblem(declared, 413, "payload_too_large");
        assertProblem(percentEncoded, 413, "payload_too_large");
    }

    @Test
    void aChunkedBodyWithoutALengthIsCutOffWhileItIsRead() {
        var user = accounts.signUp();
        byte[] body = ("{\"bio\": \"" + "y".repeat(200_000) + "\"}").getBytes();

        var anonymous = api.send(api.request("/api/v1/auth/register", null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
        var signedIn = api.send(api.request("/api/v1/users/me", user.accessToken()).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());

        assertProblem(anonymous, 413, "payload_too_large");
        assertProblem(signedIn, 413, "payload_too_large");
    }

    @Test
    void aJsonBodyOverTheApiCapIsRefusedWhileABodyUnderItIsRead() {
        var user = accounts.signUp();

        var tooLarge = api.patch("/api/v1/users/me", Map.of("bio", "z".repeat(100_000)), user.accessToken());
        var fine = api.patch("/api/v1/users/me", Map.of("bio", "z".repeat(50)), user.accessToken());

        assertProblem(tooLarge, 413, "payload_too_large");
        assertThat(fine.status()).as(fine.toString()).isEqualTo(200);
    }

    @Test
    void uploadsKeepTheirOwnLimitsAboveTheJsonCap() {
        var user = accounts.signUp();
        byte[] content = new byte[200_000];
        java.util.concurrent.ThreadLocalRandom.current().nextBytes(content);
        var uploads = new io.flick.support.Uploads(api);

        var direct = uploads.put(uploads.init(user, content.length), content);
        var resumable = api.exchange("PATCH", uploads.init(user, content.length).resumableUrl(), user.accessToken(),
                Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", "0", "Content-Type", "application/offset+octet-stream"),
                content);
        byte[] picture = io.flick.support.Images.png(1200, 800);
        var avatar = api.putFile("/api/v1/users/me/avatar", "file", "me.png", "image/png", picture, user.accessToken());

        assertThat(direct.status()).as(direct.toString()).isEqualTo(200);
        assertThat(resumable.status()).as(resumable.toString()).isEqualTo(204);
        assertThat(picture.length).isGreaterThan(64 * 1024);
        assertThat(avatar.status()).as(avatar.toString()).isEqualTo(200);
    }

    @Test
    void aCursorIsRefusedByEveryListButTheOneThatHandedItOut() {
        var ann = accounts.signUp();
        var bob = accounts.signUp();
        var cid = accounts.signUp();
        for (var follower : new io.flick.support.Accounts.Login[] {bob, cid}) {
            assertThat(api.post("/api/v1/users/" + ann.userId() + "/follow", Map.of(), follower.accessToken()).status()).isLessThan(300);
        }
        assertThat(api.post("/api/v1/users/" + bob.userId() + "/follow", Map.of(), cid.accessToken()).status()).isLessThan(300);
        assertThat(api.post("/api/v1/users/" + cid.userId() + "/follow", Map.of(), ann.accessToken()).status()).isLessThan(300);
        String cursor = api.get("/api/v1/users/" + ann.userId() + "/followers?limit=1").text("next_cursor");
        assertThat(cursor).isNotNull();

        var sameList = api.get("/api/v1/users/" + ann.userId() + "/followers?limit=1&cursor=" + cursor);
        var otherList = api.get("/api/v1/users/" + ann.userId() + "/following?limit=1&cursor=" + cursor);
        var otherUser = api.get("/api/v1/users/" + bob.userId() + "/followers?limit=1&cursor=" + cursor);
        var otherModule = api.get("/api/v1/users/me/blocks?limit=1&cursor=" + cursor, ann.accessToken());

        assertThat(sameList.status()).as(sameList.toString()).isEqualTo(200);
        assertThat(sameList.json().path("users")).hasSize(1);
        assertProblem(otherList, 400, "invalid_cursor");
        assertProblem(otherUser, 400, "invalid_cursor");
        assertProblem(otherModule, 400, "invalid_cursor");
    }

    static void assertProblem(Api.Response answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.text("code")).as(answer.toString()).isEqualTo(code);
    }
}
