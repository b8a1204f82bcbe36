package io.flick.media.delivery;

import java.time.Clock;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.flick.media.processing.AssetKeys;
import io.flick.media.signing.Signer;
import io.flick.platform.FlickSettings;

/**
 * URL layout of delivered media. Public assets: {@code /media/v/<asset>/<file>}, cacheable by anyone.
 * Others are signed, and a signature opens only what it was issued for:
 * <ul>
 * <li>a video's stream, {@code /media/s/<expires>/<signature>/v/<asset>/<file>}: the master playlist and
 * the files inside the rendition folders (variant playlists, init segments, segments). The signature
 * covers the asset and the expiry but not the file, so the relative URLs inside HLS playlists resolve
 * under the same signed prefix and work without rewriting the playlists; it opens no other file of
 * the asset (thumbnails, the audio track);</li>
 * <li>one file, {@code /media/s/<expires>/<signature>/f/<asset>/<file>}: a thumbnail or the audio track
 * (a sound's link), the signature covering that file's name, so it opens nothing else.</li>
 * </ul>
 */
@Component
public class MediaPaths {

    static final String PUBLIC = "/media/v/";
    static final String SIGNED = "/media/s/";

    /** Files of an HLS stream inside a rendition folder, e.g. {@code 360p/seg_000.m4s}. */
    private static final Pattern RENDITION_FILE = Pattern.compile("[A-Za-z0-9_-]+/[A-Za-z0-9_-][A-Za-z0-9_.-]*");

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

    /** The URL prefix of an asset's HLS stream, ending with {@code /}: the master playlist is under it. */
    public String streamPrefix(long assetId, boolean publicAsset) {
        if (publicAsset) {
            return base + PUBLIC + assetId + "/";
        }
        long expires = expires();
        return base + SIGNED + expires + "/" + signer.sign(streamMessage(assetId, expires)) + "/v/" + assetId + "/";
    }

    /** The URL of one file of an asset (a thumbnail, the audio track); signed for that file alone unless public. */
    public String file(long assetId, boolean publicAsset, String file) {
        if (publicAsset) {
            return base + PUBLIC + assetId + "/" + file;
        }
        long expires = expires();
        return base + SIGNED + expires + "/" + signer.sign(fileMessage(assetId, file, expires)) + "/f/" + assetId + "/" + file;
    }

    /** Whether a stream link may open {@code file}: the master playlist or a file of a rendition. */
    static boolean inStream(String file) {
        return file.equals(AssetKeys.MASTER) || RENDITION_FILE.matcher(file).matches();
    }

    boolean verifyStream(long assetId, long expires, String signature) {
        return unexpired(expires) && signer.verify(streamMessage(assetId, expires), signature);
    }

    boolean verifyFile(long assetId, String file, long expires, String signature) {
        return unexpired(expires) && signer.verify(fileMessage(assetId, file, expires), signature);
    }

    // Rounded up to ten minutes, so cards rendered close together carry the same (cacheable) URLs.
    private long expires() {
        long expires = clock.instant().plus(settings.signedUrlTtl()).getEpochSecond();
        return (expires / 600 + 1) * 600;
    }

    private boolean unexpired(long expires) {
        // Compared as numbers: an Instant cannot hold every long a link may claim (Long.MAX_VALUE).
        return expires > clock.instant().getEpochSecond();
    }

    // Each kind of link has its own message, so a signature issued for one kind never verifies as another.
    private static String streamMessage(long assetId, long expires) {
        return "media-stream\n" + assetId + "\n" + expires;
    }

    // The file comes last: it is the rest of the message, so no file name can pose as another expiry.
    private static String fileMessage(long assetId, String file, long expires) {
        return "media-file\n" + assetId + "\n" + expires + "\n" + file;
    }
}
