package io.flick.media.upload;

import java.time.Instant;

import org.springframework.stereotype.Component;

import io.flick.media.signing.Signer;
import io.flick.platform.FlickSettings;
import io.flick.shared.UploadId;

/**
 * Signed single-use URLs for a direct {@code PUT} to this server (the embedded default's stand-in
 * for an S3 presigned URL). The signature covers the upload, its size limit and the expiry, so
 * none of them can be changed.
 */
@Component
public class DirectUploadUrls {

    static final String PATH = "/media/uploads/";

    private final Signer signer;
    private final String base;

    DirectUploadUrls(Signer signer, FlickSettings flick) {
        this.signer = signer;
        this.base = flick.publicUrl() == null ? "" : flick.publicUrl().toString().replaceAll("/+$", "");
    }

    public String sign(UploadId id, long maxBytes, Instant expiresAt) {
        long expires = expiresAt.getEpochSecond();
        return base + PATH + id + "?expires=" + expires + "&max=" + maxBytes + "&signature="
                + signer.sign(message(id, maxBytes, expires));
    }

    public String resumable(UploadId id) {
        return base + TusController.PATH + "/" + id;
    }

    boolean verify(UploadId id, long maxBytes, long expires, String signature) {
        return signer.verify(message(id, maxBytes, expires), signature);
    }

    private static String message(UploadId id, long maxBytes, long expires) {
        return "put\n" + id + "\n" + maxBytes + "\n" + expires;
    }
}
