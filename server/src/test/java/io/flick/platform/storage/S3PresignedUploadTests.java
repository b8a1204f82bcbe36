package io.flick.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.flick.platform.BlobStorage.PresignedUpload;
import io.flick.platform.FlickSettings;

/** A client uploads straight to the store with a presigned URL, and only what was granted. */
class S3PresignedUploadTests {

    static InProcessS3 s3;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /**
     * Small enough to arrive with the headers: the store refuses a request before reading its body,
     * and closing a connection with a large unread body resets it, which loses the refusal.
     */
    private final byte[] video = GeneratedContent.bytes(2048, 9);
    private S3BlobStorage storage;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = InProcessS3.start();
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    @BeforeEach
    void createStorage() {
        storage = new S3BlobStorage(s3.settings(s3.createBucket()), new FlickSettings(null, null));
    }

    @AfterEach
    void closeStorage() {
        storage.close();
    }

    @Test
    void theGrantedUploadIsStored() throws Exception {
        Instant before = Instant.now();
        var upload = presign(Duration.ofMinutes(10));

        var response = put(upload, "video/mp4", video);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(upload.expiresAt()).isBetween(before.plus(Duration.ofMinutes(10)), Instant.now().plus(Duration.ofMinutes(10)));
        var blob = storage.open("uploads/usr_1/source.mp4").orElseThrow();
        assertThat(blob.contentType()).isEqualTo("video/mp4");
        try (var in = blob.content()) {
            assertThat(in.readAllBytes()).isEqualTo(video);
        }
    }

    @Test
    void anotherContentTypeIsRefused() throws Exception {
        var response = put(presign(Duration.ofMinutes(10)), "text/html", video);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(storage.stat("uploads/usr_1/source.mp4")).isEmpty();
    }

    @Test
    void moreOrFewerBytesThanGrantedAreRefused() throws Exception {
        var upload = presign(Duration.ofMinutes(10));
        byte[] longer = GeneratedContent.bytes(video.length + 1, 9);
        byte[] shorter = GeneratedContent.bytes(video.length - 1, 9);

        assertThat(refusal(upload, longer)).isEqualTo(403);
        assertThat(refusal(upload, shorter)).isEqualTo(403);
        assertThat(storage.stat("uploads/usr_1/source.mp4")).isEmpty();
    }

    @Test
    void anExpiredUrlIsRefused() throws Exception {
        var upload = presign(Duration.ofSeconds(1));
        // The URL carries its signing time in whole seconds: one more second is past any rounding.
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(upload.expiresAt().plusSeconds(1)));

        var response = put(upload, "video/mp4", video);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("expired");
        assertThat(storage.stat("uploads/usr_1/source.mp4")).isEmpty();
    }

    private PresignedUpload presign(Duration ttl) {
        return storage.presignUpload("uploads/usr_1/source.mp4", "video/mp4", video.length, ttl).orElseThrow();
    }

    /**
     * The status of a PUT the store refuses. The store answers before reading the body and closes the
     * connection; now and then the close overtakes the answer and the client sees the connection
     * drop with no response. That is a refusal too, but the test wants the store's own word, so it
     * asks again (the object is checked to be absent either way).
     */
    private int refusal(PresignedUpload upload, byte[] content) throws InterruptedException {
        IOException dropped = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return put(upload, "video/mp4", content).statusCode();
            } catch (IOException e) {
                dropped = e;
            }
        }
        throw new AssertionError("the store dropped the connection three times without answering", dropped);
    }

    private HttpResponse<String> put(PresignedUpload upload, String contentType, byte[] content)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(upload.url())
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
