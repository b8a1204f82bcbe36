package io.flick.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import io.flick.platform.BlobStorage;
import io.flick.platform.FlickSettings;

/** The environment variables of the README choose and configure the store. */
class StorageConfigurationTests {

    static InProcessS3 s3;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = InProcessS3.start();
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    @Test
    void theLocalDiskIsTheDefault() {
        runner(Map.of("FLICK_DATA_DIR", dataDir.toString())).run(context -> {
            var storage = context.getBean(BlobStorage.class);
            storage.put("avatars/a.jpg", BlobStorageContract.text("jpeg"), "image/jpeg");

            assertThat(storage).isInstanceOf(LocalDiskBlobStorage.class);
            assertThat(dataDir.resolve("media/avatars/a.jpg")).hasContent("jpeg");
        });
    }

    @Test
    void theS3StoreIsChosenAndConfiguredByEnvironmentVariables() {
        var environment = Map.<String, Object>of(
                "FLICK_STORAGE_TYPE", "s3",
                "FLICK_STORAGE_S3_ENDPOINT", s3.endpoint().toString(),
                "FLICK_STORAGE_S3_BUCKET", "flick-media",
                "FLICK_STORAGE_S3_ACCESS_KEY", InProcessS3.ACCESS_KEY,
                "FLICK_STORAGE_S3_SECRET_KEY", InProcessS3.SECRET_KEY,
                "FLICK_STORAGE_S3_PATH_STYLE", "true",
                "FLICK_STORAGE_S3_CREATE_BUCKET", "true",
                "FLICK_STORAGE_S3_PUBLIC_BASE_URL", "https://cdn.example/");
        BlobStorage[] closed = new BlobStorage[1];

        runner(environment).run(context -> {
            var storage = context.getBean(BlobStorage.class);
            storage.put("avatars/a.jpg", BlobStorageContract.text("jpeg"), "image/jpeg");

            assertThat(storage).isInstanceOf(S3BlobStorage.class);
            assertThat(s3.keys("flick-media")).containsExactly("avatars/a.jpg");
            assertThat(storage.url("avatars/a.jpg")).isEqualTo("https://cdn.example/avatars/a.jpg");
            closed[0] = storage;
        });

        // The context closed the store, and with it the SDK's connection pool.
        assertThatThrownBy(() -> closed[0].stat("avatars/a.jpg")).hasMessageContaining("shut down");
    }

    @Test
    void s3WithoutABucketFailsAtStartWithAClearMessage() {
        runner(Map.of("FLICK_STORAGE_TYPE", "s3", "FLICK_STORAGE_S3_ENDPOINT", s3.endpoint().toString())).run(context ->
                assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("flick.storage.type is s3 but no bucket is set")
                        .hasMessageContaining("FLICK_STORAGE_S3_BUCKET"));
    }

    @Test
    void anUnknownStoreTypeFailsAtStart() {
        runner(Map.of("FLICK_STORAGE_TYPE", "floppy")).run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("Failed to bind properties under 'flick.storage.type'"));
    }

    /** Only the storage configuration, with these variables as the whole environment. */
    private ApplicationContextRunner runner(Map<String, Object> environment) {
        return new ApplicationContextRunner()
                .withUserConfiguration(StorageConfiguration.class, FlickSettingsConfiguration.class)
                .withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)));
    }

    @EnableConfigurationProperties(FlickSettings.class)
    static class FlickSettingsConfiguration {
    }
}
