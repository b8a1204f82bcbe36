package io.flick.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the running server, as a phone app would use it. Each instance poses as
 * one client address ({@code X-Forwarded-For}, trusted in tests), so per-address rate limits of one
 * test do not spill into another.
 */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String base;
    private final String clientAddress;

    public Api(int port) {
        this(port, randomAddress());
    }

    public Api(int port, String clientAddress) {
        this.base = "http://localhost:" + port;
        this.clientAddress = clientAddress;
    }

    public static String randomAddress() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public Response get(String path) {
        return get(path, null);
    }

    public Response post(String path, Object body, String token) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    public Response post(String path, Object body) {
        return post(path, body, null);
    }

    public Response postRaw(String path, String contentType, byte[] body, String token) {
        var builder = request(path, token).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    public Response patch(String path, Object body, String token) {
        return send(request(path, token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    /** A multipart/form-data upload of one file part. */
    public Response putFile(String path, String part, String filename, String contentType, byte[] content, String token) {
        String boundary = "flick-test-" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
        body.writeBytes(head.getBytes());
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes());
        return send(request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Any method, any headers, raw body; {@code pathOrUrl} may be absolute (an upload URL) or a path. */
    public Response exchange(String method, String pathOrUrl, String token, Map<String, String> headers, byte[] body) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
        var builder = HttpRequest.newBuilder(URI.create(url)).header("X-Forwarded-For", clientAddress)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        return send(builder.build());
    }

    public String url(String path) {
        return path.startsWith("http") ? path : base + path;
    }

    public byte[] bytes(String pathOrUrl) {
        try {
            String url = pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public Response send(HttpRequest request) {
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", clientAddress);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static String json(Object body) {
        return body instanceof String text ? text : JSON.writeValueAsString(body);
    }

    public record Response(int status, Map<String, List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String text(String field) {
            JsonNode node = json().path(field);
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        public List<String> fieldErrors() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(error -> fields.add(error.path("field").asString() + ":" + error.path("code").asString()));
            return fields;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
