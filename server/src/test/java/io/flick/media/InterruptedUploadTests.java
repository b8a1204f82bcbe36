package io.flick.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.platform.FlickSettings;
import io.flick.shared.UploadId;
import io.flick.support.IntegrationTest;
import io.flick.support.Uploads;

/**
 * Direct PUTs that break off — the phone lost its network, the connection went silent, the server
 * died — can be sent again to the same URL, and what abandoned uploads leave on disk is collected.
 */
class InterruptedUploadTests extends IntegrationTest {

    private static final Map<String, String> TUS = Map.of("Tus-Resumable", "1.0.0");

    @Autowired
    FlickSettings flick;

    Uploads uploads;

    @BeforeEach
    void tools() {
        uploads = new Uploads(api);
    }

    @Test
    void aDirectPutCutOffMidwayCanBeSentAgainAndCompleted() throws IOException {
        var user = accounts.signUp();
        byte[] content = UploadTests.random(60_000);
        var ticket = uploads.init(user, content.length);

        // The connection drops after a third of the file.
        try (var cut = startPut(ticket, content, 20_000)) {
            awaitPartialFile(ticket, 20_000);
        }
        // A second attempt goes silent halfway and is never closed, as when a phone loses its network:
        // the server cannot tell yet that it is dead.
        try (var silent = startPut(ticket, content, 40_000)) {
            awaitPartialFile(ticket, 40_000);

            var again = uploads.put(ticket, content);

            assertThat(again.status()).as(again.toString()).isEqualTo(200);
            assertThat(again.json().path("size").asLong()).isEqualTo(content.length);
        }
        var completed = uploads.complete(user, ticket.uploadId(), Map.of("caption", "sent twice"));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
        assertThat(uploads.put(ticket, content).text("code")).isEqualTo("upload_url_used");
        // The broken attempts leave nothing behind once their connections are gone.
        await().atMost(Duration.ofSeconds(10)).until(() -> stagedFiles(ticket).isEmpty());
    }

    @Test
    void whatAbandonedUploadsLeaveBehindIsCollected() throws IOException {
        var user = accounts.signUp();
        byte[] content = UploadTests.random(30_000);
        var cutOff = uploads.init(user, content.length);
        var halfResumed = uploads.init(user, content.length);
        var neverUsed = uploads.init(user, content.length);
        var used = uploads.init(user, content.length);
        assertThat(api.exchange("PATCH", halfResumed.resumableUrl(), user.accessToken(), Map.of("Tus-Resumable", "1.0.0",
                "Upload-Offset", "0", "Content-Type", "application/offset+octet-stream"),
                java.util.Arrays.copyOf(content, 10_000)).status()).isEqualTo(204);
        assertThat(uploads.put(neverUsed, content).status()).isEqualTo(200);
        assertThat(uploads.put(used, content).status()).isEqualTo(200);
        assertThat(uploads.complete(user, used.uploadId(), Map.of()).status()).isEqualTo(201);

        try (var silent = startPut(cutOff, content, 15_000)) {
            awaitPartialFile(cutOff, 15_000);
            assertThat(filesOf(halfResumed)).isNotEmpty();
            assertThat(filesOf(neverUsed)).isNotEmpty();

            clock.advance(Duration.ofHours(25));

            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                assertThat(filesOf(cutOff)).isEmpty();
                assertThat(filesOf(halfResumed)).isEmpty();
                assertThat(filesOf(neverUsed)).isEmpty();
            });
        }
        assertThat(filesOf(used)).as("a used upload's source stays").isNotEmpty();
        var later = accounts.logIn(user);
        var tooLate = uploads.complete(later, neverUsed.uploadId(), Map.of());
        assertThat(tooLate.status()).isEqualTo(410);
        assertThat(tooLate.text("code")).isEqualTo("upload_expired");
        assertThat(api.exchange("HEAD", halfResumed.resumableUrl(), later.accessToken(), TUS, null).status()).isEqualTo(410);
    }

    /** Sends a PUT's headers (announcing the whole file) and the first {@code sent} bytes, and stops there. */
    private Socket startPut(Uploads.Ticket ticket, byte[] content, int sent) {
        try {
            URI url = URI.create(api.url(ticket.uploadUrl()));
            var socket = new Socket(url.getHost(), url.getPort());
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + url.getRawPath() + "?" + url.getRawQuery() + " HTTP/1.1\r\n"
                    + "Host: " + url.getHost() + ":" + url.getPort() + "\r\n"
                    + "Content-Type: application/octet-stream\r\n"
                    + "Content-Length: " + content.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(content, 0, sent);
            out.flush();
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the server holds a partial file of at least {@code bytes} of the upload, wherever it keeps it. */
    private void awaitPartialFile(Uploads.Ticket ticket, long bytes) {
        await().atMost(Duration.ofSeconds(10)).until(() -> filesOf(ticket).stream().anyMatch(file -> size(file) >= bytes));
    }

    /** Every file of the upload: staged parts on the node's disk and blobs in storage (the local disk in tests). */
    private List<Path> filesOf(Uploads.Ticket ticket) {
        String id = Long.toString(UploadId.parse(ticket.uploadId()).value());
        var staged = list(flick.dataDir().resolve("uploads")).stream()
                .filter(file -> file.getFileName().toString().startsWith(id + ".")
                        || file.getFileName().toString().startsWith(id + "-"));
        var stored = list(flick.dataDir().resolve("media").resolve("uploads").resolve(id)).stream();
        return Stream.concat(staged, stored).toList();
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (java.nio.file.NoSuchFileException gone) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> stagedFiles(Uploads.Ticket ticket) {
        return filesOf(ticket).stream().filter(file -> !file.getFileName().toString().equals("source")).toList();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException vanished) {
            return -1;
        }
    }
}
