package io.flick.platform.storage;

import java.io.IOException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.flick.platform.BlobStorage;
import io.flick.platform.FlickSettings;

/** Chooses the blob store: the local disk unless S3-compatible storage is configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageSettings.class)
class StorageConfiguration {

    @Bean
    BlobStorage blobStorage(StorageSettings settings, FlickSettings flick) throws IOException {
        return new LocalDiskBlobStorage(settings, flick);
    }
}
