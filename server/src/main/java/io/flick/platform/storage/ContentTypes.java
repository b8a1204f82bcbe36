package io.flick.platform.storage;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaTypeFactory;

/** Content types by file extension, for stores that keep no metadata (the local disk). */
final class ContentTypes {

    private static final Map<String, String> MEDIA = Map.of(
            "m3u8", "application/vnd.apple.mpegurl",
            "ts", "video/mp2t",
            "m4s", "video/iso.segment",
            "mp4", "video/mp4",
            "m4a", "audio/mp4",
            "jpg", "image/jpeg",
            "webp", "image/webp");

    private ContentTypes() {
    }

    static String of(String key) {
        int dot = key.lastIndexOf('.');
        String extension = dot < 0 ? "" : key.substring(dot + 1).toLowerCase(Locale.ROOT);
        String known = MEDIA.get(extension);
        if (known != null) {
            return known;
        }
        return MediaTypeFactory.getMediaType(key).map(Object::toString).orElse("application/octet-stream");
    }
}
