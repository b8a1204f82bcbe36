package io.flick.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.flick.support.Accounts;
import io.flick.support.Api;
import io.flick.support.IntegrationTest;
import io.flick.support.Uploads;

/** tus 1.0.0 resumable uploads: a 3G client sends chunks, drops, asks where it was, and goes on. */
class TusTests extends IntegrationTest {

    private static final Map<String, String> TUS = Map.of("Tus-Resumable", "1.0.0");

    @Test
    void theServerAnnouncesItsTusCapabilities() {
        var response = api.exchange("OPTIONS", "/api/v1/uploads/tus", null, Map.of(), null);

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("Tus-Version")).isEqualTo("1.0.0");
        assertThat(response.header("Tus-Extension")).contains("creation", "expiration", "checksum", "termination");
        assertThat(response.header("Tus-Max-Size")).isEqualTo(Long.toString(50L * 1024 * 1024));
    }

    @Test
    void anUploadResumesFromTheOffsetTheServerReports() throws Exception {
        var user = accounts.signUp();
        byte[] content = UploadTests.random(30_000);
        var ticket = new Uploads(api).init(user, content.length);
        String url = ticket.resumableUrl();

        assertThat(head(user, url).header("Upload-Offset")).isEqualTo("0");
        assertThat(head(user, url).header("Upload-Length")).isEqualTo("30000");
        var first = patch(user, url, 0, Arrays.copyOfRange(content, 0, 10_000), null);
        assertThat(first.status()).isEqualTo(204);
        assertThat(first.header("Upload-Offset")).isEqualTo("10000");

        // The client lost track (its connection dropped); it asks and continues from there.
        var wrongOffset = patch(user, url, 5_000, Arrays.copyOfRange(content, 5_000, 10_000), null);
        assertThat(wrongOffset.status()).isEqualTo(409);
        long offset = Long.parseLong(head(user, url).header("Upload-Offset"));
        var badChecksum = patch(user, url, offset, Arrays.copyOfRange(content, 10_000, 20_000),
                "sha1 " + Base64.getEncoder().encodeToString(new byte[20]));
        assertThat(badChecksum.status()).isEqualTo(460);
        assertThat(head(user, url).header("Upload-Offset")).isEqualTo("10000");

        byte[] rest = Arrays.copyOfRange(content, 10_000, content.length);
        var last = patch(user, url, offset, rest,
                "sha1 " + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(rest)));
        assertThat(last.status()).isEqualTo(204);
        assertThat(last.header("Upload-Offset")).isEqualTo("30000");

        var completed = new Uploads(api).complete(user, ticket.uploadId(), Map.of("caption", "via tus"));
        assertThat(completed.status()).isEqualTo(201);
    }

    @Test
    void malformedOrUnknownChecksumsAreRefusedWith400AndNothingIsWritten() throws Exception {
        var user = accounts.signUp();
        byte[] chunk = UploadTests.random(1_000);
        var ticket = new Uploads(api).init(user, chunk.length);
        String sha1 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(chunk));

        for (String checksum : new String[] {"sha " + sha1, "sha512 " + sha1, "crc32 AAAAAA==", "sha1", "sha1 ",
                "sha1 not*base64", "sha1  " + sha1, "sha1 " + sha1 + " extra", "SHA1 " + sha1,
                "sha256 " + sha1, "md5 " + sha1, " " + sha1}) {
            var response = patch(user, ticket.resumableUrl(), 0, chunk, checksum);
            assertThat(response.status()).as(checksum + " → " + response).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.fieldErrors()).singleElement().asString().startsWith("Upload-Checksum:");
        }
        assertThat(head(user, ticket.resumableUrl()).header("Upload-Offset")).isEqualTo("0");

        assertThat(patch(user, ticket.resumableUrl(), 0, chunk, "sha1 " + sha1).status()).isEqualTo(204);
    }

    @Test
    void creationMakesAnUploadOwnedByTheCaller() {
        var owner = accounts.signUp();
        var stranger = accounts.signUp();

        var created = api.exchange("POST", "/api/v1/uploads/tus", owner.accessToken(),
                Map.of("Tus-Resumable", "1.0.0", "Upload-Length", "500"), null);

        assertThat(created.status()).isEqualTo(201);
        String location = created.header("Location");
        assertThat(location).startsWith("/api/v1/uploads/tus/upl_");
        assertThat(created.header("Upload-Expires")).isNotBlank();
        assertThat(head(owner, location).status()).isEqualTo(200);
        assertThat(head(stranger, location).status()).isEqualTo(404);
        assertThat(patch(stranger, location, 0, new byte[10], null).status()).isEqualTo(404);
        assertThat(api.exchange("DELETE", location, stranger.accessToken(), TUS, null).status()).isEqualTo(404);
    }

    @Test
    void anUploadCanBeTerminated() {
        var user = accounts.signUp();
        var ticket = new Uploads(api).init(user, 1000);
        patch(user, ticket.resumableUrl(), 0, new byte[100], null);

        var deleted = api.exchange("DELETE", ticket.resumableUrl(), user.accessToken(), TUS, null);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(head(user, ticket.resumableUrl()).status()).isEqualTo(404);
    }

    @Test
    void protocolViolationsAreRefused() {
        var user = accounts.signUp();
        var ticket = new Uploads(api).init(user, 1000);

        var noVersion = api.exchange("HEAD", ticket.resumableUrl(), user.accessToken(), Map.of(), null);
        var wrongType = api.exchange("PATCH", ticket.resumableUrl(), user.accessToken(),
                Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", "0", "Content-Type", "application/json"), new byte[10]);
        var pastTheEnd = patch(user, ticket.resumableUrl(), 0, new byte[1001], null);
        var tooLarge = api.exchange("POST", "/api/v1/uploads/tus", user.accessToken(),
                Map.of("Tus-Resumable", "1.0.0", "Upload-Length", Long.toString(50L * 1024 * 1024 + 1)), null);

        assertThat(noVersion.status()).isEqualTo(412);
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(pastTheEnd.status()).isEqualTo(413);
        assertThat(tooLarge.status()).isEqualTo(413);
    }

    @Test
    void anExpiredUploadIsGone() {
        var user = accounts.signUp();
        var ticket = new Uploads(api).init(user, 1000);

        clock.advance(java.time.Duration.ofHours(25));
        var later = accounts.logIn(user);

        assertThat(head(later, ticket.resumableUrl()).status()).isEqualTo(410);
    }

    private Api.Response head(Accounts.Login user, String url) {
        return api.exchange("HEAD", url, user.accessToken(), TUS, null);
    }

    private Api.Response patch(Accounts.Login user, String url, long offset, byte[] chunk, String checksum) {
        var headers = new java.util.HashMap<>(Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", Long.toString(offset),
                "Content-Type", "application/offset+octet-stream"));
        if (checksum != null) {
            headers.put("Upload-Checksum", checksum);
        }
        return api.exchange("PATCH", url, user.accessToken(), headers, chunk);
    }
}
