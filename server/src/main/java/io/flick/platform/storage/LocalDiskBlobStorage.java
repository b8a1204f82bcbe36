package io.flick.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Optional;

import io.flick.platform.BlobStorage;
import io.flick.platform.FlickSettings;

/**
 * Blobs as files under one root directory (the embedded default). Content is streamed to a
 * temporary file in the same directory and renamed into place, so a reader never sees a partial
 * file and a crash leaves at most a temp file behind. Keys are checked twice: by their syntax, and
 * by the resolved path staying under the root.
 */
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
        write(key, temp -> Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING));
    }

    @Override
    public void put(String key, Path file, String contentType) {
        write(key, temp -> Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING));
    }

    @Override
    public Optional<Blob> open(String key) {
        return open(key, 0, -1);
    }

    @Override
    public Optional<Blob> open(String key, long offset, long length) {
        if (!BlobKeys.isValid(key) || offset < 0) {
            return Optional.empty();
        }
        Path file = resolve(key);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            long size = channel.size();
            long start = Math.min(offset, size);
            long count = length < 0 ? size - start : Math.min(length, size - start);
            channel.position(start);
            InputStream in = new BoundedInputStream(Channels.newInputStream(channel), count);
            return Optional.of(new Blob(in, count, ContentTypes.of(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read blob " + key, e);
        }
    }

    @Override
    public Optional<BlobInfo> stat(String key) {
        if (!BlobKeys.isValid(key)) {
            return Optional.empty();
        }
        try {
            var attributes = Files.readAttributes(resolve(key), BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            long modified = attributes.lastModifiedTime().toMillis();
            // Blobs are written once under fresh keys, so size and time identify the content.
            String etag = "\"" + Long.toHexString(attributes.size()) + "-" + Long.toHexString(modified) + "\"";
            return Optional.of(new BlobInfo(attributes.size(), ContentTypes.of(key), etag,
                    attributes.lastModifiedTime().toInstant()));
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
    public void deletePrefix(String prefix) {
        if (!prefix.endsWith("/")) {
            throw new IllegalArgumentException("a prefix ends with /");
        }
        Path dir = resolve(prefix.substring(0, prefix.length() - 1));
        if (!Files.isDirectory(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete blobs under " + prefix, e);
        }
    }

    @Override
    public void download(String key, Path target) {
        try {
            Files.copy(resolve(key), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy blob " + key, e);
        }
    }

    @Override
    public Optional<PresignedUpload> presignUpload(String key, String contentType, long contentLength, Duration ttl) {
        BlobKeys.require(key);
        return Optional.empty(); // the server receives uploads itself
    }

    @Override
    public String url(String key) {
        return urlBase + URL_PREFIX + BlobKeys.require(key);
    }

    private void write(String key, Writer writer) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                writer.write(temp);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store blob " + key, e);
        }
    }

    private Path resolve(String key) {
        Path path = root.resolve(BlobKeys.require(key)).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("not a valid blob key");
        }
        return path;
    }

    private interface Writer {
        void write(Path temp) throws IOException;
    }
}
