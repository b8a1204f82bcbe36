package io.flick.platform.storage;

import java.time.Duration;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.flick.platform.BlobStorage;
import io.flick.shared.FlickException;
import io.flick.shared.Problem;

/**
 * Serves public blobs that need no access check (avatars) at {@code /media/avatars/…}. Everything
 * else in the store (uploaded sources, renditions of private videos) is served, if at all, by the
 * module that knows who may see it. Keys name immutable content (a new avatar gets a new key), so
 * responses may be cached for a long time.
 */
@RestController
class BlobController {

    private final BlobStorage storage;

    BlobController(BlobStorage storage) {
        this.storage = storage;
    }

    @GetMapping("/media/avatars/{*key}")
    ResponseEntity<InputStreamResource> get(@PathVariable String key) {
        String relative = "avatars/" + (key.startsWith("/") ? key.substring(1) : key);
        var blob = storage.open(relative)
                .orElseThrow(() -> new FlickException(Problem.NOT_FOUND, "Nothing exists at this address."));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(blob.contentType()))
                .contentLength(blob.length())
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(blob.content()));
    }
}
