package io.flick.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.flick.FlickApplication;
import io.flick.account.AccountProvisioning;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real Flick server, in this JVM on its embedded default, and a client for its API. */
public final class BenchServer implements AutoCloseable {

    static final String PASSWORD = "benchmark-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final ConfigurableApplicationContext context;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final String base;
    final RefreshingLogin login;

    public BenchServer(Path dataDir, String... settings) throws Exception {
        this(dataDir, new Class<?>[0], settings);
    }

    /** @param extra configuration classes added to the application's (a clock the benchmark sets, say) */
    public BenchServer(Path dataDir, Class<?>[] extra, String... settings) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--flick.data-dir=" + dataDir,
                "--server.port=0", "--flick.demo.enabled=false", "--logging.level.root=WARN",
                "--logging.level.io.flick=WARN", "--flick.security.auth-per-address=100000"));
        // Benchmark creators publish hundreds of clips in a row: the per-account upload quotas that
        // stop scripts on a real server would stop them (the swipe benchmark met a 429 at clip 31).
        arguments.addAll(List.of("--flick.media.uploads.quota.starts-per-hour=1000000",
                "--flick.media.uploads.quota.completes-per-hour=1000000", "--flick.media.uploads.quota.max-open=1000000",
                "--flick.media.uploads.quota.max-open-bytes=" + Long.MAX_VALUE,
                "--flick.media.uploads.quota.per-day=1000000", "--flick.media.uploads.quota.bytes-per-day=" + Long.MAX_VALUE));
        arguments.addAll(List.of(settings));
        List<Class<?>> sources = new ArrayList<>(List.of(FlickApplication.class));
        sources.addAll(List.of(extra));
        context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(arguments.toArray(String[]::new));
        base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        context.getBean(AccountProvisioning.class).provision("bench", "Benchmark", "bench@bench.flick.local", PASSWORD);
        login = RefreshingLogin.logIn(http, base, "bench", PASSWORD);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public <T> java.util.Collection<T> beans(Class<T> type) {
        return context.getBeansOfType(type).values();
    }

    JsonNode post(String path, Object body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        request.header("Authorization", "Bearer " + login.accessToken());
        return json(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + login.accessToken()).GET().build();
        return json(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** init, then the whole file in one PUT to the signed URL; returns the upload id. */
    String upload(Path file, long size) throws IOException, InterruptedException {
        JsonNode ticket = post("/api/v1/videos/upload/init", Map.of("file_size", size));
        String url = ticket.path("upload_url").asString();
        var put = HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : base + url))
                .PUT(HttpRequest.BodyPublishers.ofFile(file)).build();
        var response = http.send(put, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
        }
        return ticket.path("upload_id").asString();
    }

    private static JsonNode json(HttpResponse<String> response) {
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    @Override
    public void close() {
        context.close();
    }
}
