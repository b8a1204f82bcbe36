package io.flick.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.brotli.dec.BrotliInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import io.flick.media.samples.SampleClips;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;

/**
 * What travels compressed: the client's files as the build precompressed them (brotli or gzip, by
 * {@code Accept-Encoding}), JSON answers compressed on the fly; and what never does (media, byte
 * ranges, tus uploads).
 */
class CompressionTests extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BROWSER_ENCODINGS = "gzip, deflate, br, zstd";

    @Autowired
    SampleClips sampleClips;

    @Test
    void aHashedScriptIsSentBrotliEncodedToABrowserThatAcceptsItAndAsItIsToAClientThatDoesNot() throws Exception {
        String script = firstScript();
        byte[] file = classpathFile(script);

        var brotli = get(script, Map.of("Accept-Encoding", BROWSER_ENCODINGS));
        var identity = get(script, Map.of());

        assertThat(brotli.statusCode()).isEqualTo(200);
        assertThat(header(brotli, "Content-Encoding")).isEqualTo("br");
        assertThat(header(brotli, "Content-Type")).startsWith("text/javascript");
        assertThat(brotli.headers().allValues("Vary")).anyMatch(vary -> vary.toLowerCase().contains("accept-encoding"));
        assertThat(header(brotli, "Cache-Control")).contains("max-age=31536000").contains("immutable");
        assertThat(brotli.body().length).as("brotli bytes against the file's").isLessThan(file.length / 2);
        assertThat(decode(new BrotliInputStream(new ByteArrayInputStream(brotli.body())))).isEqualTo(file);

        assertThat(identity.statusCode()).isEqualTo(200);
        assertThat(header(identity, "Content-Encoding")).isNull();
        assertThat(identity.body()).isEqualTo(file);
    }

    @Test
    void aClientThatAcceptsOnlyGzipGetsTheGzipCopy() throws Exception {
        String script = firstScript();

        var gzip = get(script, Map.of("Accept-Encoding", "gzip"));

        assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
        assertThat(decode(new GZIPInputStream(new ByteArrayInputStream(gzip.body())))).isEqualTo(classpathFile(script));
    }

    @Test
    void theServiceWorkerAndManifestAreRevalidatedOnEveryUseSoAReleaseIsPickedUpAtOnceAndIconsAreServed() throws Exception {
        var worker = get("/sw.js", Map.of("Accept-Encoding", BROWSER_ENCODINGS));
        var manifest = get("/manifest.webmanifest", Map.of());
        var icon = get("/icons/icon-192.png", Map.of("Accept-Encoding", BROWSER_ENCODINGS));

        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(header(worker, "Content-Type")).startsWith("text/javascript");
        assertThat(header(worker, "Cache-Control")).isEqualTo("no-cache");
        assertThat(header(worker, "Content-Encoding")).isEqualTo("br");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(header(manifest, "Content-Type")).startsWith("application/manifest+json");
        assertThat(header(manifest, "Cache-Control")).isEqualTo("no-cache");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(header(icon, "Content-Type")).isEqualTo("image/png");
        assertThat(header(icon, "Content-Encoding")).as("a PNG is compressed already").isNull();
    }

    @Test
    void aJsonAnswerIsGzipWhenTheClientAcceptsIt() throws Exception {
        var gzip = get("/v3/api-docs", Map.of("Accept-Encoding", "gzip"));
        var identity = get("/v3/api-docs", Map.of());

        assertThat(gzip.statusCode()).isEqualTo(200);
        assertThat(header(gzip, "Content-Type")).startsWith("application/json");
        assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
        assertThat(gzip.body().length).isLessThan(identity.body().length / 3);
        assertThat(new String(decode(new GZIPInputStream(new ByteArrayInputStream(gzip.body()))))).isEqualTo(new String(identity.body()));
        assertThat(header(identity, "Content-Encoding")).isNull();
    }

    @Test
    void mediaByteRangesAndUploadAnswersAreNeverCompressed() throws Exception {
        var creator = accounts.signUp();
        String video = new PublishedVideos(api, accounts, sampleClips).publish(creator, "public");
        var card = api.get("/api/v1/videos/" + video);
        String master = card.json().path("video_urls").path("master").asString();
        String thumbnail = card.text("thumbnail_url");

        var playlist = get(master, Map.of("Accept-Encoding", BROWSER_ENCODINGS));
        var range = get(thumbnail, Map.of("Accept-Encoding", BROWSER_ENCODINGS, "Range", "bytes=0-99"));
        var tus = send(HttpRequest.newBuilder(URI.create(api.url("/api/v1/uploads/tus")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Accept-Encoding", BROWSER_ENCODINGS)
                .header("Tus-Resumable", "1.0.0").build());

        assertThat(playlist.statusCode()).isEqualTo(200);
        assertThat(header(playlist, "Content-Encoding")).isNull();
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(header(range, "Content-Encoding")).isNull();
        assertThat(range.body()).hasSize(100);
        assertThat(header(tus, "Content-Encoding")).isNull();
        assertThat(header(tus, "Tus-Resumable")).isEqualTo("1.0.0");
    }

    private String firstScript() {
        // The app's script (the early one before it is too small to be worth compressing).
        var matcher = Pattern.compile("crossorigin src=\"(/assets/[^\"]+\\.js)\"").matcher(api.get("/").body());
        assertThat(matcher.find()).as("the shell names its script").isTrue();
        return matcher.group(1);
    }

    private static byte[] classpathFile(String path) throws IOException {
        try (InputStream in = new ClassPathResource("META-INF/resources" + path).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private HttpResponse<byte[]> get(String pathOrUrl, Map<String, String> headers) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(api.url(pathOrUrl))).GET();
        headers.forEach(builder::header);
        return send(builder.build());
    }

    private static HttpResponse<byte[]> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static byte[] decode(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
