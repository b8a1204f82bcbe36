package io.flick.platform.storage;

import java.io.IOException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import io.flick.platform.BlobStorage;
import io.flick.platform.FlickSettings;

/**
 * Chooses the blob store: the local disk unless S3-compatible storage is configured. The S3 store is
 * closed with the application (Spring calls its {@code close()}), which releases the SDK's connections.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageSettings.class)
class StorageConfiguration {

    @Bean
    BlobStorage blobStorage(StorageSettings settings, FlickSettings flick) throws IOException {
        return switch (settings.type()) {
            case LOCAL -> new LocalDiskBlobStorage(settings, flick);
            case S3 -> {
                if (!StringUtils.hasText(settings.s3().bucket())) {
                    throw new IllegalStateException("flick.storage.type is s3 but no bucket is set: "
                            + "set FLICK_STORAGE_S3_BUCKET (flick.storage.s3.bucket)");
                }
                yield new S3BlobStorage(settings.s3(), flick);
            }
        };
    }
}
