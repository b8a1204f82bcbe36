package io.flick.platform.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param localDir where the local-disk store keeps blobs; defaults to {@code <flick.data-dir>/media} */
@ConfigurationProperties("flick.storage")
record StorageSettings(Path localDir) {
}
