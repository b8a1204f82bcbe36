package io.flick.media.upload;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

import io.flick.shared.FlickException;

/**
 * A tus {@code Upload-Checksum} header: {@code <algorithm> <base64 digest>}, parsed strictly. The tus
 * checksum extension answers 400 to an algorithm the server does not support; anything that is not
 * exactly one known algorithm, one space and a digest of that algorithm's length is refused the same way.
 */
record UploadChecksum(String algorithm, byte[] digest) {

    /** tus names, as announced in {@code Tus-Checksum-Algorithm}, to Java's names. */
    private static final Map<String, String> ALGORITHMS = Map.of("sha1", "SHA-1", "md5", "MD5", "sha256", "SHA-256");
    static final String NAMES = "sha1,md5,sha256";
    private static final Pattern HEADER = Pattern.compile("([a-z0-9-]{1,20}) ([A-Za-z0-9+/]{1,200}={0,2})");

    static UploadChecksum parse(String header) {
        var matcher = HEADER.matcher(header.strip());
        if (!matcher.matches()) {
            throw FlickException.invalidField("Upload-Checksum", "format",
                    "must be an algorithm, a space and the base64 digest, e.g. \"sha1 <base64>\"");
        }
        String algorithm = matcher.group(1);
        if (!ALGORITHMS.containsKey(algorithm)) {
            throw FlickException.invalidField("Upload-Checksum", "unsupported", "use one of " + NAMES);
        }
        byte[] digest;
        try {
            digest = Base64.getDecoder().decode(matcher.group(2));
        } catch (IllegalArgumentException e) {
            throw FlickException.invalidField("Upload-Checksum", "format", "the digest must be base64");
        }
        if (digest.length != newDigest(algorithm).getDigestLength()) {
            throw FlickException.invalidField("Upload-Checksum", "format", "the digest has the wrong length for " + algorithm);
        }
        return new UploadChecksum(algorithm, digest);
    }

    MessageDigest newDigest() {
        return newDigest(algorithm);
    }

    boolean matches(MessageDigest computed) {
        return MessageDigest.isEqual(computed.digest(), digest);
    }

    private static MessageDigest newDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(ALGORITHMS.get(algorithm));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
    }
}
