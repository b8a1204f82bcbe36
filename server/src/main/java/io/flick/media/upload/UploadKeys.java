package io.flick.media.upload;

import io.flick.shared.UploadId;

/** Where an upload's source file lives in blob storage. */
public final class UploadKeys {

    private UploadKeys() {
    }

    public static String source(UploadId id) {
        return "uploads/" + id.value() + "/source";
    }
}
