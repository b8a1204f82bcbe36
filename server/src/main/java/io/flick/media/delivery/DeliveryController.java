package io.flick.media.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.flick.media.AssetView;
import io.flick.media.MediaProblem;
import io.flick.media.processing.AssetKeys;
import io.flick.media.processing.Assets;
import io.flick.media.processing.AssetRow;
import io.flick.platform.BlobStorage;
import io.flick.shared.FlickException;
import io.flick.shared.Problem;

/**
 * Serves an asset's files (HLS playlists and segments, thumbnails, audio) with their content type,
 * ETag, byte ranges and caching fit for a CDN: immutable for public assets (each file is written
 * once), except the master playlist, which gains rungs until the ladder is complete. Files of
 * non-public assets are served only under a valid, unexpired signature issued for them (see
 * {@link MediaPaths}: a stream link opens the stream, a file link that one file).
 */
@RestController
class DeliveryController {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final Assets assets;
    private final BlobStorage storage;
    private final MediaPaths paths;
    private final Clock clock;

    DeliveryController(Assets assets, BlobStorage storage, MediaPaths paths, Clock clock) {
        this.assets = assets;
        this.storage = storage;
        this.paths = paths;
        this.clock = clock;
    }

    @GetMapping(MediaPaths.PUBLIC + "{assetId}/{*file}")
    ResponseEntity<InputStreamResource> publicFile(@PathVariable long assetId, @PathVariable String file,
                                                   @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
                                                   @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        AssetRow asset = assets.find(assetId).filter(AssetRow::publicAsset).orElseThrow(DeliveryController::notFound);
        CacheControl cache = isMaster(file) && asset.status() != AssetView.Status.READY
                ? CacheControl.maxAge(Duration.ofSeconds(5)).cachePublic() : IMMUTABLE;
        return serve(assetId, file, range, ifNoneMatch, cache);
    }

    /** A video's stream: the master playlist and its renditions' files, nothing else of the asset. */
    @GetMapping(MediaPaths.SIGNED + "{expires}/{signature}/v/{assetId}/{*file}")
    ResponseEntity<InputStreamResource> signedFile(@PathVariable long expires, @PathVariable String signature,
                                                   @PathVariable long assetId, @PathVariable String file,
                                                   @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
                                                   @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        String name = relative(file);
        if (!paths.verifyStream(assetId, expires, signature) || !MediaPaths.inStream(name)) {
            throw invalidLink();
        }
        return signed(assetId, expires, name, range, ifNoneMatch);
    }

    /** One file (a thumbnail, the audio track), under a signature issued for that file alone. */
    @GetMapping(MediaPaths.SIGNED + "{expires}/{signature}/f/{assetId}/{*file}")
    ResponseEntity<InputStreamResource> signedSingleFile(@PathVariable long expires, @PathVariable String signature,
                                                         @PathVariable long assetId, @PathVariable String file,
                                                         @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
                                                         @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        String name = relative(file);
        if (!paths.verifyFile(assetId, name, expires, signature)) {
            throw invalidLink();
        }
        return signed(assetId, expires, name, range, ifNoneMatch);
    }

    private ResponseEntity<InputStreamResource> signed(long assetId, long expires, String file, String range,
                                                       String ifNoneMatch) {
        assets.find(assetId).orElseThrow(DeliveryController::notFound);
        long remaining = Math.max(0, expires - Instant.now(clock).getEpochSecond());
        CacheControl cache = CacheControl.maxAge(Duration.ofSeconds(Math.min(remaining, isMaster(file) ? 5 : 3600)))
                .cachePrivate();
        return serve(assetId, file, range, ifNoneMatch, cache);
    }

    private static String relative(String file) {
        return file.startsWith("/") ? file.substring(1) : file;
    }

    private static FlickException invalidLink() {
        return new FlickException(MediaProblem.MEDIA_URL_INVALID, "This media link is not valid or has expired.");
    }

    private ResponseEntity<InputStreamResource> serve(long assetId, String file, String range, String ifNoneMatch,
                                                      CacheControl cache) {
        String key = AssetKeys.of(assetId, file.startsWith("/") ? file.substring(1) : file);
        BlobStorage.BlobInfo info = storage.stat(key).orElseThrow(DeliveryController::notFound);
        if (ifNoneMatch != null && (ifNoneMatch.equals(info.etag()) || ifNoneMatch.equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(info.etag()).cacheControl(cache).build();
        }
        var builder = ResponseEntity.ok();
        long offset = 0;
        long length = info.length();
        if (range != null) {
            Optional<long[]> span = parse(range, info.length());
            if (span.isEmpty()) {
                return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                        .header(HttpHeaders.CONTENT_RANGE, "bytes */" + info.length()).build();
            }
            offset = span.get()[0];
            length = span.get()[1] - offset + 1;
            builder = ResponseEntity.status(HttpStatus.PARTIAL_CONTENT);
            builder.header(HttpHeaders.CONTENT_RANGE, "bytes " + offset + "-" + span.get()[1] + "/" + info.length());
        }
        var blob = storage.open(key, offset, length).orElseThrow(DeliveryController::notFound);
        return builder
                .contentType(MediaType.parseMediaType(info.contentType()))
                .contentLength(blob.length())
                .eTag(info.etag())
                .lastModified(info.lastModified())
                .cacheControl(cache)
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header("Access-Control-Allow-Origin", "*")
                .body(new InputStreamResource(blob.content()));
    }

    /** One range ({@code a-b}, {@code a-}, {@code -n}); empty if unsatisfiable. */
    static Optional<long[]> parse(String header, long size) {
        Matcher m = RANGE.matcher(header.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty()) || size == 0) {
            return Optional.empty();
        }
        long start;
        long end;
        if (m.group(1).isEmpty()) {
            long suffix = number(m.group(2));
            start = Math.max(0, size - suffix);
            end = size - 1;
        } else {
            start = number(m.group(1));
            end = m.group(2).isEmpty() ? size - 1 : Math.min(number(m.group(2)), size - 1);
        }
        return start > end || start >= size ? Optional.empty() : Optional.of(new long[] {start, end});
    }

    /** Digits as a number, saturating: a position past any long is past the end of every file. */
    private static long number(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // only digits reach here, so the one failure is overflow
        }
    }

    private static boolean isMaster(String file) {
        return file.endsWith(AssetKeys.MASTER);
    }

    private static FlickException notFound() {
        return new FlickException(Problem.NOT_FOUND, "Nothing exists at this address.");
    }
}
