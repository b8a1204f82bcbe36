package io.flick.platform.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.flick.platform.BlobStorage;
import io.flick.platform.BlobStorage.Blob;

/**
 * What every {@link BlobStorage} does, whatever keeps the bytes. Each store runs these tests by
 * extending this class; code written against one store then works on the others.
 */
abstract class BlobStorageContract {

    static final int MIB = 1024 * 1024;

    /** Larger than one part of a multipart upload, so that stores that upload in parts do. */
    static final long LARGE = 17 * MIB + 12_345;

    static final List<String> INVALID_KEYS = List.of("../x", "/abs", "a//b", "UPPER", "a/../b", "", "a/", ".hidden", "a b");

    @TempDir
    Path files;

    BlobStorage storage;

    /** A new, empty store whose links start with {@code publicUrl} (relative links when null). */
    abstract BlobStorage createStorage(URI publicUrl) throws Exception;

    /** All that exists in and around the store, to show that a refused operation changed nothing. */
    abstract Set<String> everythingStored() throws Exception;

    @BeforeEach
    void createStorage() throws Exception {
        storage = createStorage(null);
    }

    @Test
    void aLargeStreamComesBackByteForByte() {
        storage.put("sources/clip.mp4", new GeneratedContent(LARGE, 1), "video/mp4");

        var blob = storage.open("sources/clip.mp4").orElseThrow();

        assertThat(blob.length()).isEqualTo(LARGE);
        assertThat(blob.contentType()).isEqualTo("video/mp4");
        assertThat(GeneratedContent.sha256(blob.content())).isEqualTo(GeneratedContent.sha256(new GeneratedContent(LARGE, 1)));
        assertThat(storage.stat("sources/clip.mp4").orElseThrow().length()).isEqualTo(LARGE);
    }

    @Test
    void smallAndEmptyStreamsAreStoredToo() {
        storage.put("notes/hello.txt", text("hello"), "text/plain");
        storage.put("notes/empty.txt", InputStream.nullInputStream(), "text/plain");

        assertThat(read(storage.open("notes/hello.txt").orElseThrow())).isEqualTo("hello");
        var empty = storage.open("notes/empty.txt").orElseThrow();
        assertThat(empty.length()).isZero();
        assertThat(read(empty)).isEmpty();
        assertThat(storage.stat("notes/empty.txt").orElseThrow().length()).isZero();
    }

    @Test
    void filesAreStoredWithTheirContent() throws IOException {
        Path small = Files.writeString(files.resolve("poster.jpg"), "not really a jpeg");
        Path large = files.resolve("large.mp4");
        try (var in = new GeneratedContent(LARGE, 2)) {
            Files.copy(in, large);
        }

        storage.put("posters/p1.jpg", small, "image/jpeg");
        storage.put("sources/large.mp4", large, "video/mp4");

        var poster = storage.open("posters/p1.jpg").orElseThrow();
        assertThat(poster.contentType()).isEqualTo("image/jpeg");
        assertThat(read(poster)).isEqualTo("not really a jpeg");
        var video = storage.open("sources/large.mp4").orElseThrow();
        assertThat(video.length()).isEqualTo(LARGE);
        assertThat(GeneratedContent.sha256(video.content())).isEqualTo(GeneratedContent.sha256(new GeneratedContent(LARGE, 2)));
    }

    @Test
    void aNewPutReplacesTheContent() {
        storage.put("notes/n.txt", text("first version"), "text/plain");
        storage.put("notes/n.txt", text("second"), "text/plain");

        var blob = storage.open("notes/n.txt").orElseThrow();
        assertThat(blob.length()).isEqualTo(6);
        assertThat(read(blob)).isEqualTo("second");
    }

    @Test
    void aPutThatFailsMidwayLeavesThePreviousContent() {
        storage.put("sources/v.mp4", text("the old video"), "video/mp4");

        assertThatThrownBy(() -> storage.put("sources/v.mp4", GeneratedContent.failingAfter(9 * MIB), "video/mp4"))
                .isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> storage.put("sources/w.mp4", GeneratedContent.failingAfter(1000), "video/mp4"))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(read(storage.open("sources/v.mp4").orElseThrow())).isEqualTo("the old video");
        assertThat(storage.open("sources/w.mp4")).isEmpty();
    }

    @Test
    void rangesReadTheRequestedBytes() {
        storage.put("r/digits.txt", text("0123456789"), "text/plain");

        assertThat(range("r/digits.txt", 2, 3)).isEqualTo("234");
        assertThat(range("r/digits.txt", 0, 1)).isEqualTo("0");
        assertThat(range("r/digits.txt", 7, -1)).isEqualTo("789");
        assertThat(range("r/digits.txt", 0, -1)).isEqualTo("0123456789");
        var pastTheEnd = storage.open("r/digits.txt", 8, 100).orElseThrow();
        assertThat(pastTheEnd.length()).isEqualTo(2);
        assertThat(read(pastTheEnd)).isEqualTo("89");
        assertThat(pastTheEnd.contentType()).isEqualTo("text/plain");
    }

    @Test
    void aRangeOfALargeBlobReadsOnlyThatPart() {
        storage.put("sources/big.mp4", new GeneratedContent(LARGE, 3), "video/mp4");
        long offset = 9 * MIB - 10;

        var blob = storage.open("sources/big.mp4", offset, MIB).orElseThrow();

        assertThat(blob.length()).isEqualTo(MIB);
        var expected = new GeneratedContent(LARGE, 3);
        try (var in = blob.content()) {
            expected.skipNBytes(offset);
            assertThat(GeneratedContent.sha256(in)).isEqualTo(GeneratedContent.sha256(limited(expected, MIB)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aRangeStartingAtOrPastTheEndIsEmpty() {
        storage.put("r/digits.txt", text("0123456789"), "text/plain");
        storage.put("r/empty.txt", InputStream.nullInputStream(), "text/plain");

        for (var blob : List.of(storage.open("r/digits.txt", 10, 5), storage.open("r/digits.txt", 50, -1),
                storage.open("r/digits.txt", 3, 0), storage.open("r/empty.txt", 0, 10))) {
            assertThat(blob).hasValueSatisfying(b -> {
                assertThat(b.length()).isZero();
                assertThat(read(b)).isEmpty();
                assertThat(b.contentType()).isEqualTo("text/plain");
            });
        }
        assertThat(storage.open("r/digits.txt", -1, 5)).isEmpty();
    }

    @Test
    void missingBlobsAreAbsent() {
        assertThat(storage.open("nothing/here.mp4")).isEmpty();
        assertThat(storage.open("nothing/here.mp4", 10, 10)).isEmpty();
        assertThat(storage.open("nothing/here.mp4", 10, 0)).isEmpty();
        assertThat(storage.stat("nothing/here.mp4")).isEmpty();
    }

    @Test
    void statDescribesTheBlob() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        storage.put("posters/p.jpg", text("jpeg bytes"), "image/jpeg");
        Instant after = Instant.now();

        var info = storage.stat("posters/p.jpg").orElseThrow();

        assertThat(info.length()).isEqualTo(10);
        assertThat(info.contentType()).isEqualTo("image/jpeg");
        assertThat(info.etag()).matches("\"[^\"]+\"");
        // Stores keep whole seconds at least, and the server's clock may differ a little from ours.
        assertThat(info.lastModified()).isBetween(before.minusSeconds(2), after.plusSeconds(2));
    }

    @Test
    void theEtagStaysWhileTheContentStaysAndChangesWithIt() {
        storage.put("posters/p.jpg", text("jpeg bytes"), "image/jpeg");
        String etag = storage.stat("posters/p.jpg").orElseThrow().etag();
        read(storage.open("posters/p.jpg").orElseThrow());

        assertThat(storage.stat("posters/p.jpg").orElseThrow().etag()).isEqualTo(etag);

        storage.put("posters/p.jpg", text("other jpeg bytes"), "image/jpeg");
        assertThat(storage.stat("posters/p.jpg").orElseThrow().etag()).isNotEqualTo(etag);
    }

    @Test
    void deleteRemovesOneBlobAndIgnoresMissingOnes() {
        storage.put("a/one.txt", text("1"), "text/plain");
        storage.put("a/two.txt", text("2"), "text/plain");

        storage.delete("a/one.txt");
        storage.delete("a/one.txt");
        storage.delete("never/existed.txt");

        assertThat(storage.open("a/one.txt")).isEmpty();
        assertThat(storage.stat("a/one.txt")).isEmpty();
        assertThat(storage.open("a/two.txt")).isPresent();
    }

    @Test
    void deletePrefixRemovesOnlyThatPrefix() {
        List<String> doomed = List.of("videos/v1/source.mp4", "videos/v1/hls/720/seg-0.ts", "videos/v1/hls/master.m3u8");
        List<String> kept = List.of("videos/v10/source.mp4", "videos/v1.json", "videos/v2/v1/x.ts", "other/videos/v1/y.ts");
        doomed.forEach(key -> storage.put(key, text(key), null));
        kept.forEach(key -> storage.put(key, text(key), null));

        storage.deletePrefix("videos/v1/");
        storage.deletePrefix("videos/v9/");

        doomed.forEach(key -> assertThat(storage.stat(key)).as(key).isEmpty());
        kept.forEach(key -> assertThat(read(storage.open(key).orElseThrow())).as(key).isEqualTo(key));
        assertThatThrownBy(() -> storage.deletePrefix("videos/v10")).isInstanceOf(IllegalArgumentException.class);
        assertThat(storage.stat("videos/v10/source.mp4")).isPresent();
    }

    @Test
    void downloadCopiesTheBlobToAFile() throws IOException {
        storage.put("sources/clip.mp4", new GeneratedContent(3 * MIB, 4), "video/mp4");
        Path target = Files.writeString(files.resolve("clip.mp4"), "an older file in the way");

        storage.download("sources/clip.mp4", target);

        assertThat(Files.size(target)).isEqualTo(3 * MIB);
        try (var in = Files.newInputStream(target)) {
            assertThat(GeneratedContent.sha256(in)).isEqualTo(GeneratedContent.sha256(new GeneratedContent(3 * MIB, 4)));
        }
        assertThatThrownBy(() -> storage.download("sources/missing.mp4", files.resolve("missing.mp4")))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void invalidKeysAreRefusedAndTouchNothing() throws Exception {
        storage.put("x", text("keep"), "text/plain");
        storage.put("a/b", text("keep"), "text/plain");
        Path file = Files.writeString(files.resolve("upload.txt"), "would overwrite");
        Set<String> stored = everythingStored();

        for (String key : INVALID_KEYS) {
            Path target = files.resolve("downloaded");
            assertThatThrownBy(() -> storage.put(key, text("bad"), "text/plain")).as(key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> storage.put(key, file, "text/plain")).as(key).isInstanceOf(IllegalArgumentException.class);
            assertThat(storage.open(key)).as(key).isEmpty();
            assertThat(storage.open(key, 0, 1)).as(key).isEmpty();
            assertThat(storage.stat(key)).as(key).isEmpty();
            assertThatThrownBy(() -> storage.delete(key)).as(key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> storage.deletePrefix(key + "/")).as(key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> storage.download(key, target)).as(key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> storage.presignUpload(key, "text/plain", 3, Duration.ofMinutes(5)))
                    .as(key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> storage.url(key)).as(key).isInstanceOf(IllegalArgumentException.class);
            assertThat(target).as(key).doesNotExist();
        }

        assertThat(everythingStored()).isEqualTo(stored);
        assertThat(read(storage.open("x").orElseThrow())).isEqualTo("keep");
        assertThat(read(storage.open("a/b").orElseThrow())).isEqualTo("keep");
    }

    @Test
    void urlsGoThroughTheServersPublicAddress() throws Exception {
        assertThat(storage.url("avatars/usr_1/a1.jpg")).isEqualTo("/media/avatars/usr_1/a1.jpg");

        var behindAProxy = createStorage(URI.create("https://flick.example/"));

        assertThat(behindAProxy.url("avatars/usr_1/a1.jpg")).isEqualTo("https://flick.example/media/avatars/usr_1/a1.jpg");
    }

    static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(UTF_8));
    }

    static String read(Blob blob) {
        try (var in = blob.content()) {
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String range(String key, long offset, long length) {
        var blob = storage.open(key, offset, length).orElseThrow();
        String text = read(blob);
        assertThat(blob.length()).isEqualTo(text.length());
        return text;
    }

    private static InputStream limited(InputStream in, long length) {
        return new BoundedInputStream(in, length);
    }
}
