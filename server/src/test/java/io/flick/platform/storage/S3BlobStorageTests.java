package io.flick.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.flick.platform.BlobStorage;
import io.flick.platform.FlickSettings;

/** The contract against a real S3 server (s3proxy), each test in a bucket of its own. */
class S3BlobStorageTests extends BlobStorageContract {

    static InProcessS3 s3;

    private final List<S3BlobStorage> opened = new ArrayList<>();
    private String bucket;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = InProcessS3.start();
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    @Override
    BlobStorage createStorage(URI publicUrl) {
        return open(s3.settings(bucket()), publicUrl);
    }

    @Override
    Set<String> everythingStored() {
        return s3.keys(bucket());
    }

    @AfterEach
    void closeStores() {
        opened.forEach(S3BlobStorage::close);
    }

    @Test
    void theSameContentHasTheSameEtagUnderAnyKey() {
        storage.put("a/clip.mp4", new GeneratedContent(LARGE, 5), "video/mp4");
        storage.put("b/clip.mp4", new GeneratedContent(LARGE, 5), "video/mp4");
        storage.put("c/poster.jpg", text("jpeg"), "image/jpeg");
        storage.put("d/poster.jpg", text("jpeg"), "image/jpeg");

        assertThat(storage.stat("a/clip.mp4").orElseThrow().etag()).isEqualTo(storage.stat("b/clip.mp4").orElseThrow().etag());
        assertThat(storage.stat("c/poster.jpg").orElseThrow().etag()).isEqualTo(storage.stat("d/poster.jpg").orElseThrow().etag());
    }

    @Test
    void aFailedUploadLeavesNoPartsInTheBucket() {
        assertThatThrownBy(() -> storage.put("sources/v.mp4", GeneratedContent.failingAfter(20 * MIB), "video/mp4"))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(s3.unfinishedUploads(bucket)).isZero();
        assertThat(s3.keys(bucket)).isEmpty();
    }

    @Test
    void aReaderMayStopEarlyAndTheStoreStaysUsable() throws IOException {
        storage.put("sources/long.mp4", new GeneratedContent(4 * MIB, 6), "video/mp4");

        for (int i = 0; i < 60; i++) { // more than the SDK's 50 pooled connections, were they kept by early closes
            try (var in = storage.open("sources/long.mp4").orElseThrow().content()) {
                assertThat(in.readNBytes(1000)).hasSize(1000);
            }
        }

        assertThat(storage.stat("sources/long.mp4")).isPresent();
    }

    @Test
    void publicUrlsUseTheConfiguredBaseUrlSuchAsACdn() {
        var settings = s3.settings(bucket());
        var cdn = new StorageSettings.S3(settings.endpoint(), settings.region(), settings.bucket(), settings.accessKey(),
                settings.secretKey(), null, URI.create("https://cdn.example/flick/"), false);

        var store = open(cdn, URI.create("https://flick.example"));

        assertThat(store.url("avatars/usr_1/a1.jpg")).isEqualTo("https://cdn.example/flick/avatars/usr_1/a1.jpg");
    }

    @Test
    void theBucketIsCreatedAtStartWhenAskedTo() {
        var settings = s3.settings("made-at-start");
        var creating = new StorageSettings.S3(settings.endpoint(), settings.region(), settings.bucket(),
                settings.accessKey(), settings.secretKey(), null, null, true);

        open(creating, null).put("x.txt", text("x"), "text/plain");
        open(creating, null); // and a second start finds it there

        assertThat(s3.keys("made-at-start")).containsExactly("x.txt");
    }

    private S3BlobStorage open(StorageSettings.S3 settings, URI publicUrl) {
        var store = new S3BlobStorage(settings, new FlickSettings(null, publicUrl));
        opened.add(store);
        return store;
    }

    private String bucket() {
        if (bucket == null) {
            bucket = s3.createBucket();
        }
        return bucket;
    }
}
