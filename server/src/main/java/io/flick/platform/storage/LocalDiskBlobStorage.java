package io.flick.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Component;

import io.flick.platform.BlobStorage;
import io.flick.platform.FlickSettings;

/**
 * Blobs as files under one root directory (the embedded default). Content is streamed to a
 * temporary file in the same directory and renamed into place, so a reader never sees a partial
 * file and a crash leaves at most a temp file behind. Keys are checked twice: by their syntax, and
 * by the resolved path staying under the root.
 */
@Component
@EnableConfigurationProperties(StorageSettings.class)
class LocalDiskBlobStorage implements BlobStorage {

    static final String URL_PREFIX = "/media/";
    private final Path root;
    private final String urlBase;

    LocalDiskBlobStorage(StorageSettings settings, FlickSettings flick) throws IOException {
        this.urlBase = flick.publicUrl() == null ? "" : flick.publicUrl().toString().replaceAll("/+$", "");
        this.root = (settings.localDir() != null ? settings.localDir() : flick.dataDir().resolve("media"))
                .toAbsolutePath().normalize();
        Files.createDirectories(root);
    }

    @Override
    public void put(String key, InputStream content, String contentType) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store blob " + key, e);
        }
    }

    @Override
    public Optional<Blob> open(String key) {
        if (!BlobKeys.isValid(key)) {
            return Optional.empty();
        }
        Path file = resolve(key);
        try {
            long length = Files.size(file);
            String type = MediaTypeFactory.getMediaType(file.getFileName().toString())
                    .map(Object::toString).orElse("application/octet-stream");
            return Optional.of(new Blob(Files.newInputStream(file), length, type));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read blob " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete blob " + key, e);
        }
    }

    @Override
    public String url(String key) {
        return urlBase + URL_PREFIX + BlobKeys.require(key);
    }

    private Path resolve(String key) {
        Path path = root.resolve(BlobKeys.require(key)).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("not a valid blob key");
        }
        return path;
    }
}
