package io.flick.platform.storage;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param type     which store keeps the blobs: {@code local} (the embedded default) or {@code s3}
 * @param localDir where the local-disk store keeps blobs; defaults to {@code <flick.data-dir>/media}
 * @param s3       the S3-compatible store, used when {@code type} is {@code s3}
 */
@ConfigurationProperties("flick.storage")
record StorageSettings(@DefaultValue("local") Type type, Path localDir, @DefaultValue S3 s3) {

    enum Type { LOCAL, S3 }

    /**
     * @param endpoint      the store's address when it is not AWS (MinIO, R2, s3proxy …)
     * @param region        the signing region; most other stores accept the default
     * @param bucket        required
     * @param accessKey     with {@code secretKey}; when either is unset, the SDK's default chain
     *                      (environment, profile, instance role …) provides the credentials
     * @param pathStyle     {@code http://host/bucket/key} rather than {@code http://bucket.host/key}; when
     *                      unset, true exactly when an endpoint is set (other stores rarely have bucket DNS)
     * @param publicBaseUrl where clients fetch public blobs (a CDN in front of the bucket); when unset,
     *                      they go through this server's {@code /media/} like the local store
     * @param createBucket  create the bucket at start when it is missing (handy in development)
     */
    record S3(
            URI endpoint,
            @DefaultValue("us-east-1") String region,
            String bucket,
            String accessKey,
            String secretKey,
            Boolean pathStyle,
            URI publicBaseUrl,
            boolean createBucket) {

        boolean usePathStyle() {
            return pathStyle != null ? pathStyle : endpoint != null;
        }
    }
}
