package io.flick.media.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.flick.platform.FlickSettings;
import io.flick.shared.UploadId;

/**
 * Partial tus uploads on this node's disk ({@code <data-dir>/uploads/<id>.part}). The file's size
 * is the upload's offset: whatever bytes arrived before a connection dropped stay, which is what
 * lets a client resume. A chunk with a checksum is staged aside and appended only if it matches.
 */
@Component
class TusStaging {

    private final Path dir;

    TusStaging(FlickSettings flick) throws IOException {
        this.dir = flick.dataDir().resolve("uploads").toAbsolutePath();
        Files.createDirectories(dir);
    }

    long offset(UploadId id) {
        try {
            Path file = file(id);
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends {@code body} (at most {@code max} bytes); returns the new offset, also after a broken connection. */
    long append(UploadId id, InputStream body, long max) throws SizeLimitedInputStream.LimitExceeded {
        var limited = new SizeLimitedInputStream(body, max);
        try (OutputStream out = Files.newOutputStream(file(id), StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            limited.transferTo(out);
        } catch (SizeLimitedInputStream.LimitExceeded e) {
            throw e; // the bytes within the declared length stay; the excess was never written
        } catch (IOException e) {
            // The client went away: keep what arrived, it is the point of resumable uploads.
        }
        return offset(id);
    }

    /**
     * Stages {@code body} aside, checks its digest and appends it only if it matches.
     *
     * @return the new offset, or empty if the checksum did not match (nothing appended)
     */
    Optional<Long> appendVerified(UploadId id, InputStream body, long max, UploadChecksum expected)
            throws IOException {
        Path chunk = Files.createTempFile(dir, id.value() + "-", ".chunk");
        try {
            MessageDigest digest = expected.newDigest();
            try (var in = new DigestInputStream(new SizeLimitedInputStream(body, max), digest)) {
                Files.copy(in, chunk, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (!expected.matches(digest)) {
                return Optional.empty();
            }
            try (OutputStream out = Files.newOutputStream(file(id), StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                Files.copy(chunk, out);
            }
            return Optional.of(offset(id));
        } finally {
            Files.deleteIfExists(chunk);
        }
    }

    Path file(UploadId id) {
        return dir.resolve(id.value() + ".part");
    }

    void delete(UploadId id) {
        try {
            Files.deleteIfExists(file(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
