package io.flick.media.delivery;

import java.time.Clock;

import org.springframework.stereotype.Component;

import io.flick.media.signing.Signer;
import io.flick.platform.FlickSettings;

/**
 * URL layout of delivered media. Public assets: {@code /media/v/<asset>/<file>}, cacheable by anyone.
 * Others: {@code /media/s/<expires>/<signature>/v/<asset>/<file>}. The signature covers the asset
 * and the expiry but not the file, so the relative URLs inside HLS playlists (variant playlists,
 * segments) resolve under the same signed prefix and work without rewriting the playlists.
 */
@Component
public class MediaPaths {

    static final String PUBLIC = "/media/v/";
    static final String SIGNED = "/media/s/";

    private final Signer signer;
    private final String base;
    private final DeliverySettings settings;
    private final Clock clock;

    MediaPaths(Signer signer, DeliverySettings settings, FlickSettings flick, Clock clock) {
        this.signer = signer;
        this.settings = settings;
        this.clock = clock;
        var root = settings.cdnUrl() != null ? settings.cdnUrl() : flick.publicUrl();
        this.base = root == null ? "" : root.toString().replaceAll("/+$", "");
    }

    /** The URL prefix all of an asset's files share, ending with {@code /}. */
    public String prefix(long assetId, boolean publicAsset) {
        if (publicAsset) {
            return base + PUBLIC + assetId + "/";
        }
        // Rounded up to ten minutes, so cards rendered close together carry the same (cacheable) URLs.
        long expires = clock.instant().plus(settings.signedUrlTtl()).getEpochSecond();
        expires = (expires / 600 + 1) * 600;
        return base + SIGNED + expires + "/" + signer.sign(message(assetId, expires)) + "/v/" + assetId + "/";
    }

    boolean verify(long assetId, long expires, String signature) {
        // Compared as numbers: an Instant cannot hold every long a link may claim (Long.MAX_VALUE).
        return expires > clock.instant().getEpochSecond() && signer.verify(message(assetId, expires), signature);
    }

    private static String message(long assetId, long expires) {
        return "media\n" + assetId + "\n" + expires;
    }
}
