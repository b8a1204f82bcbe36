package io.flick.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.flick.support.IntegrationTest;
import io.flick.support.Uploads;

class UploadTests extends IntegrationTest {

    @Test
    void initHandsOutASignedUploadUrlAndAResumableOne() {
        var user = accounts.signUp();

        var response = api.post("/api/v1/videos/upload/init", Map.of("file_size", 1234, "video_duration", 12.5,
                "video_metadata", Map.of("width", 1080, "height", 1920, "fps", 30)), user.accessToken());

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.text("upload_id")).startsWith("upl_");
        assertThat(response.text("upload_url")).contains("/media/uploads/" + response.text("upload_id"), "signature=");
        assertThat(response.text("upload_method")).isEqualTo("PUT");
        assertThat(response.text("resumable_url")).endsWith("/api/v1/uploads/tus/" + response.text("upload_id"));
        assertThat(response.text("expires_at")).isNotBlank();
    }

    @Test
    void initRefusesWhatCannotSucceed() {
        var user = accounts.signUp();

        var tooBig = api.post("/api/v1/videos/upload/init", Map.of("file_size", 50L * 1024 * 1024 + 1), user.accessToken());
        var tooLong = api.post("/api/v1/videos/upload/init", Map.of("file_size", 1000, "video_duration", 61), user.accessToken());
        var huge = api.post("/api/v1/videos/upload/init", Map.of("file_size", 1000,
                "video_metadata", Map.of("width", 8000, "height", 8000)), user.accessToken());

        assertThat(tooBig.fieldErrors()).containsExactly("file_size:too_large");
        assertThat(tooLong.fieldErrors()).containsExactly("video_duration:too_long");
        assertThat(huge.fieldErrors()).containsExactly("video_metadata.width:out_of_range", "video_metadata.height:out_of_range");
        assertThat(api.post("/api/v1/videos/upload/init", Map.of("file_size", 1000), null).status()).isEqualTo(401);
    }

    @Test
    void nonFiniteNegativeAndAbsurdNumbersAtInitAreRefusedNamingTheField() {
        var user = accounts.signUp();

        assertThat(init(user, Map.of("file_size", 1000, "video_duration", "NaN")).fieldErrors())
                .containsExactly("video_duration:not_a_number");
        assertThat(init(user, Map.of("file_size", 1000, "video_duration", "Infinity")).fieldErrors())
                .containsExactly("video_duration:not_a_number");
        assertThat(init(user, Map.of("file_size", 1000, "video_duration", -5)).fieldErrors())
                .containsExactly("video_duration:out_of_range");
        assertThat(init(user, Map.of("file_size", 1000, "video_duration", 0)).fieldErrors())
                .containsExactly("video_duration:out_of_range");
        assertThat(init(user, Map.of("file_size", 1000, "video_metadata", Map.of("fps", -30))).fieldErrors())
                .containsExactly("video_metadata.fps:out_of_range");
        assertThat(init(user, Map.of("file_size", 1000, "video_metadata", Map.of("fps", 0))).fieldErrors())
                .containsExactly("video_metadata.fps:out_of_range");
        assertThat(init(user, Map.of("file_size", 1000, "video_metadata", Map.of("fps", "NaN"))).fieldErrors())
                .containsExactly("video_metadata.fps:not_a_number");
        assertThat(init(user, Map.of("file_size", 1000, "video_metadata", Map.of("fps", 1e9))).fieldErrors())
                .containsExactly("video_metadata.fps:out_of_range");
        assertThat(init(user, Map.of("file_size", 1000, "video_metadata", Map.of("width", -1080, "height", 0))).fieldErrors())
                .containsExactly("video_metadata.width:out_of_range", "video_metadata.height:out_of_range");
        assertThat(init(user, Map.of("file_size", -1)).fieldErrors()).containsExactly("file_size:out_of_range");
        assertThat(init(user, Map.of("file_size", 0)).fieldErrors()).containsExactly("file_size:out_of_range");
        // Numbers no field could hold, and fractions of whole numbers, are refused by name too.
        assertThat(init(user, "{\"file_size\": 1000, \"video_metadata\": {\"width\": 1e300}}").fieldErrors())
                .containsExactly("video_metadata.width:out_of_range");
        assertThat(init(user, "{\"file_size\": 99999999999999999999999}").fieldErrors())
                .containsExactly("file_size:too_large");
        assertThat(init(user, "{\"file_size\": -99999999999999999999999}").fieldErrors())
                .containsExactly("file_size:out_of_range");
        assertThat(init(user, "{\"file_size\": 1000, \"video_metadata\": {\"height\": 1.5}}").fieldErrors())
                .containsExactly("video_metadata.height:not_an_integer");
        assertThat(init(user, "{\"file_size\": 1000, \"video_duration\": 1e400}").fieldErrors())
                .containsExactly("video_duration:not_a_number");
        assertThat(init(user, Map.of("file_size", 1000, "video_duration", 12.5,
                "video_metadata", Map.of("width", 1080, "height", 1920, "fps", 29.97))).status()).isEqualTo(201);
    }

    private io.flick.support.Api.Response init(io.flick.support.Accounts.Login user, Object body) {
        var response = api.post("/api/v1/videos/upload/init", body, user.accessToken());
        assertThat(response.status()).as(response.toString()).isIn(201, 400);
        return response;
    }

    @Test
    void oneAccountCannotReserveMoreThanTenFullSizeUploadsAtOnce() {
        var user = accounts.signUp();
        long fullSize = 50L * 1024 * 1024;
        for (int i = 0; i < 10; i++) {
            var response = api.post("/api/v1/videos/upload/init", Map.of("file_size", fullSize), user.accessToken());
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
        }

        var eleventh = api.post("/api/v1/videos/upload/init", Map.of("file_size", fullSize), user.accessToken());
        var viaTus = api.exchange("POST", "/api/v1/uploads/tus", user.accessToken(),
                Map.of("Tus-Resumable", "1.0.0", "Upload-Length", "1000"), null);

        assertThat(eleventh.status()).isEqualTo(429);
        assertThat(eleventh.text("code")).isEqualTo("too_many_open_uploads");
        assertThat(eleventh.header("Retry-After")).isNotBlank();
        assertThat(viaTus.status()).isEqualTo(429);
        assertThat(viaTus.text("code")).isEqualTo("too_many_open_uploads");
        assertThat(api.post("/api/v1/videos/upload/init", Map.of("file_size", 1000), accounts.signUp().accessToken())
                .status()).as("another account is not affected").isEqualTo(201);
    }

    @Test
    void theSignedUrlTakesOnePutOfTheDeclaredSize() {
        var user = accounts.signUp();
        var uploads = new Uploads(api);
        byte[] content = random(40_000);
        var ticket = uploads.init(user, content.length);

        var first = uploads.put(ticket, content);
        var again = uploads.put(ticket, content);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("size").asLong()).isEqualTo(content.length);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("upload_url_used");
    }

    @Test
    void aForgedOrExpiredUploadUrlIsRefused() {
        var user = accounts.signUp();
        var uploads = new Uploads(api);
        var ticket = uploads.init(user, 100);

        var forgedSize = uploads.put(new Uploads.Ticket(ticket.uploadId(),
                ticket.uploadUrl().replace("max=100", "max=100000000"), null), random(100));
        var forgedSignature = uploads.put(new Uploads.Ticket(ticket.uploadId(),
                ticket.uploadUrl().replaceAll("signature=.*", "signature=AAAAAAAAAAAAAAAAAAAAAA"), null), random(100));
        var otherUpload = uploads.init(user, 100);
        var swapped = uploads.put(new Uploads.Ticket(otherUpload.uploadId(),
                ticket.uploadUrl().replace(ticket.uploadId(), otherUpload.uploadId()), null), random(100));

        assertThat(forgedSize.text("code")).isEqualTo("upload_url_invalid");
        assertThat(forgedSignature.text("code")).isEqualTo("upload_url_invalid");
        assertThat(swapped.text("code")).isEqualTo("upload_url_invalid");

        clock.advance(Duration.ofHours(25));
        var expired = uploads.put(ticket, random(100));
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.text("code")).isEqualTo("upload_url_invalid");
    }

    @Test
    void anUploadGrowingPastItsSizeIsCutOffAndCanBeRetried() {
        var user = accounts.signUp();
        var uploads = new Uploads(api);
        var ticket = uploads.init(user, 10_000);

        // Sent chunked (no Content-Length), so the server only finds out while streaming.
        var tooLong = api.send(api.request("", null).uri(java.net.URI.create(api.url(ticket.uploadUrl())))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(random(200_000)))).build());
        assertThat(tooLong.status()).isEqualTo(413);
        assertThat(tooLong.text("code")).isEqualTo("upload_too_large");

        // Declared up front: refused before the body is read.
        var declared = uploads.put(ticket, random(10_001));
        assertThat(declared.status()).isEqualTo(413);

        assertThat(uploads.put(ticket, random(10_000)).status()).isEqualTo(200);
    }

    @Test
    void completingBeforeTheBytesArriveIsRefused() {
        var user = accounts.signUp();
        var uploads = new Uploads(api);
        var ticket = uploads.init(user, 100);

        var response = uploads.complete(user, ticket.uploadId(), Map.of("caption", "too early"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.text("code")).isEqualTo("upload_incomplete");
    }

    @Test
    void anotherUsersUploadDoesNotExistForMe() {
        var owner = accounts.signUp();
        var thief = accounts.signUp();
        var uploads = new Uploads(api);
        var ticket = uploads.init(owner, 100);
        uploads.put(ticket, random(100));

        var response = uploads.complete(thief, ticket.uploadId(), Map.of("caption", "mine now"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text("code")).isEqualTo("upload_not_found");
        assertThat(uploads.complete(thief, "upl_nonsense", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void completingTwiceReturnsTheSameVideo() {
        var user = accounts.signUp();
        var uploads = new Uploads(api);
        var ticket = uploads.init(user, 100);
        uploads.put(ticket, random(100));

        var first = uploads.complete(user, ticket.uploadId(), Map.of("caption", "hello #first"));
        var second = uploads.complete(user, ticket.uploadId(), Map.of("caption", "hello #first"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.text("video_id")).startsWith("vid_");
        assertThat(first.text("status")).isEqualTo("processing");
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.text("video_id")).isEqualTo(first.text("video_id"));
    }

    @Test
    void invalidVideoDetailsAreRefusedFieldByField() {
        var user = accounts.signUp();
        var uploads = new Uploads(api);
        var ticket = uploads.init(user, 100);
        uploads.put(ticket, random(100));

        assertThat(uploads.complete(user, ticket.uploadId(), Map.of("privacy", "everyone")).fieldErrors())
                .containsExactly("privacy:one_of");
        assertThat(uploads.complete(user, ticket.uploadId(), Map.of("caption", "x".repeat(2201))).fieldErrors())
                .containsExactly("caption:length");
        assertThat(uploads.complete(user, ticket.uploadId(), Map.of("hashtags", java.util.List.of("ok", "not ok"))).fieldErrors())
                .containsExactly("hashtags[1]:format");
        assertThat(uploads.complete(user, ticket.uploadId(), Map.of("sound_id", "snd_0000000000001")).text("code"))
                .isEqualTo("sound_not_found");
        // None of these refusals used up the upload.
        assertThat(uploads.complete(user, ticket.uploadId(), Map.of()).status()).isEqualTo(201);
    }

    static byte[] random(int size) {
        byte[] bytes = new byte[size];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
