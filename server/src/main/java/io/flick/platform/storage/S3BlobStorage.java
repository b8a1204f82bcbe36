package io.flick.platform.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

import io.flick.platform.BlobStorage;
import io.flick.platform.FlickSettings;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Blobs as objects in one bucket of an S3-compatible store (AWS S3, MinIO, R2 …). An object becomes
 * visible only when its upload completes, so readers see a whole blob or none; content of unknown
 * length goes up as a multipart upload, one part in memory at a time, and a failed upload is aborted
 * so the store keeps no orphan parts. Keys are checked with the same rule as the local store, so
 * code that works on one works on the other.
 */
class S3BlobStorage implements BlobStorage, AutoCloseable {

    /**
     * Size of the parts of a multipart upload, and the most a put holds in memory. S3 wants at least
     * 5 MiB per part but the last and at most 10,000 parts, so one blob may reach 78 GiB.
     */
    static final int PART_SIZE = 8 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(S3BlobStorage.class);

    private final S3Client client;
    private final S3Presigner presigner;
    private final String bucket;
    private final String urlBase;

    S3BlobStorage(StorageSettings.S3 settings, FlickSettings flick) {
        this.bucket = settings.bucket();
        var credentials = credentials(settings);
        var region = Region.of(settings.region());
        var clientBuilder = S3Client.builder().region(region).forcePathStyle(settings.usePathStyle());
        var presignerBuilder = S3Presigner.builder().region(region)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.usePathStyle()).build());
        if (settings.endpoint() != null) {
            clientBuilder.endpointOverride(settings.endpoint());
            presignerBuilder.endpointOverride(settings.endpoint());
        }
        // Without keys, the SDK's default chain applies (and the clients own and close it).
        credentials.ifPresent(clientBuilder::credentialsProvider);
        credentials.ifPresent(presignerBuilder::credentialsProvider);
        this.client = clientBuilder.build();
        this.presigner = presignerBuilder.build();
        // Clients always go through the configured base, never to the bucket itself: the bucket may be
        // private, and a CDN (or this server's /media/) is where caching and access checks live.
        if (settings.publicBaseUrl() != null) {
            this.urlBase = settings.publicBaseUrl().toString().replaceAll("/+$", "") + "/";
        } else {
            String server = flick.publicUrl() == null ? "" : flick.publicUrl().toString().replaceAll("/+$", "");
            this.urlBase = server + LocalDiskBlobStorage.URL_PREFIX;
        }
        if (settings.createBucket()) {
            createBucketIfMissing(settings.region());
        }
        log.info("Blobs are kept in bucket {} at {}", bucket,
                settings.endpoint() != null ? settings.endpoint() : "AWS S3 in " + region);
    }

    @Override
    public void put(String key, InputStream content, String contentType) {
        BlobKeys.require(key);
        String type = contentType(key, contentType);
        try {
            byte[] first = content.readNBytes(PART_SIZE);
            if (first.length < PART_SIZE) {
                client.putObject(b -> b.bucket(bucket).key(key).contentType(type), body(first, first.length, type));
            } else {
                putInParts(key, type, first, content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store blob " + key, e);
        }
    }

    @Override
    public void put(String key, Path file, String contentType) {
        BlobKeys.require(key);
        String type = contentType(key, contentType);
        try {
            // Large files go in parts too: S3 refuses a single PUT over 5 GiB, and a failed part is retried alone.
            if (Files.size(file) <= PART_SIZE) {
                client.putObject(b -> b.bucket(bucket).key(key).contentType(type), RequestBody.fromFile(file));
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    put(key, in, type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store blob " + key, e);
        }
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
        if (length == 0) {
            return emptyRead(key); // "bytes=a-(a-1)" is not a range S3 accepts
        }
        var request = GetObjectRequest.builder().bucket(bucket).key(key);
        if (offset > 0 || length > 0) {
            boolean toEnd = length < 0 || length > Long.MAX_VALUE - offset;
            request.range("bytes=" + offset + "-" + (toEnd ? "" : String.valueOf(offset + length - 1)));
        }
        try {
            ResponseInputStream<GetObjectResponse> in = client.getObject(request.build());
            long size = in.response().contentLength();
            return Optional.of(new Blob(new S3ObjectStream(in, size), size, contentType(key, in.response().contentType())));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 416) {
                return emptyRead(key); // the range starts past the end: nothing to read, as from a file
            }
            throw e;
        }
    }

    @Override
    public Optional<BlobInfo> stat(String key) {
        if (!BlobKeys.isValid(key)) {
            return Optional.empty();
        }
        try {
            var head = client.headObject(b -> b.bucket(bucket).key(key));
            return Optional.of(new BlobInfo(head.contentLength(), contentType(key, head.contentType()),
                    quoted(head.eTag()), head.lastModified()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) {
        BlobKeys.require(key);
        client.deleteObject(b -> b.bucket(bucket).key(key));
    }

    @Override
    public void deletePrefix(String prefix) {
        if (!prefix.endsWith("/")) {
            throw new IllegalArgumentException("a prefix ends with /");
        }
        BlobKeys.require(prefix.substring(0, prefix.length() - 1));
        // A listing page holds at most 1,000 keys, the most one DeleteObjects takes.
        for (var page : client.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix))) {
            if (page.contents().isEmpty()) {
                continue;
            }
            var objects = page.contents().stream().map(o -> ObjectIdentifier.builder().key(o.key()).build()).toList();
            var response = client.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(objects).quiet(true)));
            if (!response.errors().isEmpty()) {
                var first = response.errors().getFirst();
                throw new IllegalStateException("could not delete %d blobs under %s, e.g. %s: %s"
                        .formatted(response.errors().size(), prefix, first.key(), first.message()));
            }
        }
    }

    @Override
    public void download(String key, Path target) {
        BlobKeys.require(key);
        try (InputStream in = client.getObject(b -> b.bucket(bucket).key(key))) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchKeyException e) {
            throw new UncheckedIOException("could not copy blob " + key, new NoSuchFileException(key));
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy blob " + key, e);
        }
    }

    /**
     * The length and type are signed headers of the URL: a client that sends other ones is refused
     * by the store, so an upload cannot grow past what was granted.
     */
    @Override
    public Optional<PresignedUpload> presignUpload(String key, String contentType, long contentLength, Duration ttl) {
        BlobKeys.require(key);
        var put = PutObjectRequest.builder().bucket(bucket).key(key)
                .contentType(contentType).contentLength(contentLength).build();
        var presigned = presigner.presignPutObject(b -> b.signatureDuration(ttl).putObjectRequest(put));
        try {
            return Optional.of(new PresignedUpload(presigned.url().toURI(), presigned.expiration()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the SDK presigned an invalid URL", e);
        }
    }

    @Override
    public String url(String key) {
        return urlBase + BlobKeys.require(key);
    }

    @Override
    public void close() {
        presigner.close();
        client.close();
    }

    private void putInParts(String key, String type, byte[] buffer, InputStream content) throws IOException {
        String uploadId = client.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType(type)
                .checksumAlgorithm(ChecksumAlgorithm.CRC32)).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            int length = buffer.length;
            while (length > 0) {
                int number = parts.size() + 1;
                UploadPartResponse part = client.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId)
                        .partNumber(number).checksumAlgorithm(ChecksumAlgorithm.CRC32), body(buffer, length, type));
                parts.add(CompletedPart.builder().partNumber(number).eTag(part.eTag())
                        .checksumCRC32(part.checksumCRC32()).build());
                length = content.readNBytes(buffer, 0, buffer.length); // the part is stored: reuse its buffer
            }
            client.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
        } catch (IOException | RuntimeException e) {
            try {
                client.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
            } catch (RuntimeException abortFailed) {
                e.addSuppressed(abortFailed); // the bucket's lifecycle rule for incomplete uploads is the last resort
            }
            throw e;
        }
    }

    /** A body the SDK can read again when it retries, without copying the buffer. */
    private static RequestBody body(byte[] buffer, int length, String type) {
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(buffer, 0, length), length, type);
    }

    private Optional<Blob> emptyRead(String key) {
        return stat(key).map(info -> new Blob(InputStream.nullInputStream(), 0, info.contentType()));
    }

    private void createBucketIfMissing(String region) {
        try {
            client.headBucket(b -> b.bucket(bucket));
            return;
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
        }
        try {
            client.createBucket(b -> {
                b.bucket(bucket);
                if (!Region.US_EAST_1.id().equals(region)) { // the one region that refuses its own name here
                    b.createBucketConfiguration(c -> c.locationConstraint(region));
                }
            });
            log.info("Created bucket {}", bucket);
        } catch (BucketAlreadyOwnedByYouException e) {
            // another node created it at the same moment
        }
    }

    private static Optional<AwsCredentialsProvider> credentials(StorageSettings.S3 settings) {
        boolean access = StringUtils.hasText(settings.accessKey());
        boolean secret = StringUtils.hasText(settings.secretKey());
        if (access != secret) {
            throw new IllegalStateException(
                    "Set both flick.storage.s3.access-key and flick.storage.s3.secret-key, or neither to use the "
                            + "AWS default credentials chain");
        }
        return access
                ? Optional.of(StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                : Optional.empty();
    }

    private static String contentType(String key, String given) {
        return StringUtils.hasText(given) ? given : ContentTypes.of(key);
    }

    private static String quoted(String etag) {
        return etag.startsWith("\"") ? etag : "\"" + etag + "\"";
    }
}
