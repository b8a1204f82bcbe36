package io.flick.platform.storage;

import java.util.regex.Pattern;

/** The one rule for blob keys, checked by every store: relative, lower-case, no dot segments. */
final class BlobKeys {

    private static final Pattern KEY = Pattern.compile("[a-z0-9_-][a-z0-9_.-]*(/[a-z0-9_-][a-z0-9_.-]*)*");

    private BlobKeys() {
    }

    static boolean isValid(String key) {
        return key != null && key.length() <= 512 && KEY.matcher(key).matches() && !key.contains("..");
    }

    static String require(String key) {
        if (!isValid(key)) {
            throw new IllegalArgumentException("not a valid blob key");
        }
        return key;
    }
}
