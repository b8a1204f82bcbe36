package io.flick.media.upload;

import io.flick.shared.UploadId;

/** Where an upload's files live in blob storage: each upload under a folder of its own. */
public final class UploadKeys {

    private UploadKeys() {
    }

    public static String source(UploadId id) {
        return folder(id) + "source";
    }

    /** Everything stored for one upload (its source, and a storage write a crash cut short), ending with {@code /}. */
    public static String folder(UploadId id) {
        return "uploads/" + id.value() + "/";
    }
}
