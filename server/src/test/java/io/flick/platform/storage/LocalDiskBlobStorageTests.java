package io.flick.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.flick.platform.BlobStorage;
import io.flick.platform.FlickSettings;

class LocalDiskBlobStorageTests extends BlobStorageContract {

    /** Holds the store's root and what is around it, where an escaping key would land. */
    @TempDir
    Path disk;

    @Override
    BlobStorage createStorage(URI publicUrl) throws IOException {
        var settings = new StorageSettings(StorageSettings.Type.LOCAL, disk.resolve("media"), null);
        return new LocalDiskBlobStorage(settings, new FlickSettings(disk.resolve("data"), publicUrl));
    }

    @Override
    Set<String> everythingStored() throws IOException {
        try (var paths = Files.walk(disk)) {
            return paths.map(path -> disk.relativize(path).toString()).collect(Collectors.toSet());
        }
    }

    @Test
    void uploadsAreNotPresignedBecauseTheServerReceivesThem() {
        assertThat(storage.presignUpload("uploads/u1.mp4", "video/mp4", 1000, Duration.ofMinutes(5))).isEmpty();
    }

    @Test
    void blobsAreFilesUnderTheRoot() {
        storage.put("avatars/usr_1/a1.jpg", text("jpeg"), "image/jpeg");

        assertThat(disk.resolve("media/avatars/usr_1/a1.jpg")).hasContent("jpeg");
    }
}
