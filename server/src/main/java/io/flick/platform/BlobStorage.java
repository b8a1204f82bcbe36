package io.flick.platform;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where user files are kept: avatars, uploaded sources, HLS renditions, thumbnails, sounds. Two
 * implementations: the local disk (embedded default) and S3-compatible object storage.
 *
 * <p>Keys are relative paths of lower-case letters, digits and {@code / _ . -} without dot
 * segments; anything else is refused, so a key can never name a place outside the store. Writes
 * are all-or-nothing: a reader sees the whole blob or none. Content is streamed, never held whole
 * in memory.
 */
public interface BlobStorage {

    void put(String key, InputStream content, String contentType);

    void put(String key, Path file, String contentType);

    /** The whole blob; empty if absent or if the key is invalid. */
    Optional<Blob> open(String key);

    /**
     * Bytes {@code offset .. offset+length-1} (fewer at the end of the blob); empty if absent.
     * {@code length < 0} means "to the end".
     */
    Optional<Blob> open(String key, long offset, long length);

    Optional<BlobInfo> stat(String key);

    void delete(String key);

    /** Deletes every blob whose key starts with {@code prefix} (which must end with {@code /}). */
    void deletePrefix(String prefix);

    /** Copies the blob to a local file (for tools like ffmpeg that need a path). */
    void download(String key, Path target);

    /**
     * A URL the client can {@code PUT} the content to directly, when the store supports that
     * (S3 presigned PUT); empty when uploads must go through this server (local disk).
     */
    Optional<PresignedUpload> presignUpload(String key, String contentType, long contentLength, Duration ttl);

    /** The address clients fetch a public blob from (avatars). */
    String url(String key);

    record Blob(InputStream content, long length, String contentType) {
    }

    /** @param etag a strong validator for the content (quoted, as in an HTTP ETag header) */
    record BlobInfo(long length, String contentType, String etag, Instant lastModified) {
    }

    record PresignedUpload(URI url, Instant expiresAt) {
    }
}
