package io.flick.media.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.flick.platform.FlickSettings;
import io.flick.platform.SizeLimitedInputStream;
import io.flick.shared.UploadId;

/**
 * Partial uploads on this node's disk ({@code <data-dir>/uploads/}): a tus upload's bytes so far
 * ({@code <id>.part}, whose size is the upload's offset: whatever arrived before a connection dropped
 * stays, which is what lets a client resume), a tus chunk with a checksum staged aside until it is
 * verified ({@code <id>-….chunk}), and each direct {@code PUT} attempt ({@code <id>-….put}). Only whole
 * files enter blob storage, so a crash mid-upload leaves its debris here, where every file name starts
 * with its upload's id and {@link AbandonedUploads} can find it.
 */
@Component
class UploadStaging {

    private static final Pattern STAGED = Pattern.compile("(\\d{1,19})[.-].*");

    private final Path dir;

    UploadStaging(FlickSettings flick) throws IOException {
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
                Files.copy(in, chunk, StandardCopyOption.REPLACE_EXISTING);
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

    /** A fresh file for one direct {@code PUT} attempt: attempts never share bytes, so a broken one harms no other. */
    Path newAttempt(UploadId id) {
        try {
            return Files.createTempFile(dir, id.value() + "-", ".put");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path file(UploadId id) {
        return dir.resolve(id.value() + ".part");
    }

    void delete(UploadId id) {
        delete(file(id));
    }

    void delete(Path staged) {
        try {
            Files.deleteIfExists(staged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every staged file with the upload it belongs to. */
    List<Staged> list() {
        List<Staged> staged = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                var name = STAGED.matcher(file.getFileName().toString());
                if (name.matches()) {
                    try {
                        staged.add(new Staged(new UploadId(Long.parseLong(name.group(1))), file));
                    } catch (IllegalArgumentException notAnId) {
                        // out of range, or zero: not one of ours, left alone
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return staged;
    }

    record Staged(UploadId upload, Path file) {
    }
}
