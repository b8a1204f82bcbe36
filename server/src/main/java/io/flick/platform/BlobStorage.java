package io.flick.platform;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where user files (avatars, and later uploads, HLS renditions, thumbnails) are kept. Keys are
 * relative paths of lower-case letters, digits, {@code / _ . -}; anything else is refused, so a key
 * can never name a place outside the store. Writes are all-or-nothing: a reader sees the whole blob
 * or none.
 */
public interface BlobStorage {

    void put(String key, InputStream content, String contentType);

    Optional<Blob> open(String key);

    void delete(String key);

    /** The address clients fetch the blob from. */
    String url(String key);

    record Blob(InputStream content, long length, String contentType) {
    }
}
