package io.flick.platform.storage;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 server in this JVM (s3proxy with its in-memory store) on a free port, with SigV4
 * authentication, and a client of its own to look into it behind the store's back.
 */
public final class InProcessS3 implements AutoCloseable {

    public static final String ACCESS_KEY = "flick-test-access";
    public static final String SECRET_KEY = "flick-test-secret";
    private static final AtomicInteger buckets = new AtomicInteger();

    private final S3Proxy proxy;
    private final S3Client client;

    private InProcessS3(S3Proxy proxy) {
        this.proxy = proxy;
        this.client = S3Client.builder()
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    public static InProcessS3 start() throws Exception {
        var proxy = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .awsAuthentication(AuthenticationType.AWS_V4, ACCESS_KEY, SECRET_KEY)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .build();
        proxy.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> "STARTED".equals(proxy.getState()));
        return new InProcessS3(proxy);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** Settings for a store in {@code bucket}, as an operator would write them. */
    StorageSettings.S3 settings(String bucket) {
        return new StorageSettings.S3(endpoint(), "us-east-1", bucket, ACCESS_KEY, SECRET_KEY, null, null, false);
    }

    public String createBucket() {
        String bucket = "test-" + buckets.incrementAndGet();
        client.createBucket(b -> b.bucket(bucket));
        return bucket;
    }

    boolean bucketExists(String bucket) {
        return client.listBuckets().buckets().stream().anyMatch(b -> b.name().equals(bucket));
    }

    public Set<String> keys(String bucket) {
        return client.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream()
                .map(o -> o.key()).collect(Collectors.toSet());
    }

    int unfinishedUploads(String bucket) {
        return client.listMultipartUploads(b -> b.bucket(bucket)).uploads().size();
    }

    @Override
    public void close() throws Exception {
        client.close();
        proxy.stop();
    }
}
