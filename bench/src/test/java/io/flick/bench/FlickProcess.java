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

import io.flick.FlickApplication;

/**
 * A Flick server in a JVM of its own, started from this JVM's classpath, so that the load generator
 * and the server do not share a heap, a JIT or a garbage collector, and the server can be killed
 * the hard way and started again.
 */
public final class FlickProcess {

    /**
     * The JVM options of every Flick server, read by the java launcher from server/jvm.options (native
     * access, the vector module that lets Lucene compare vectors with SIMD, the GC), the file ./flick,
     * spring-boot:run and the tests use; the bench pom passes its path as {@code flick.jvm.options}.
     */
    public static final List<String> REQUIRED_JVM_OPTIONS = List.of("@" + jvmOptionsFile());

    /** The options in server/jvm.options, without its comments, as a report shows them. */
    public static String jvmOptionsText() {
        try {
            return java.nio.file.Files.readAllLines(Path.of(jvmOptionsFile())).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(java.util.stream.Collectors.joining(" "));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String jvmOptionsFile() {
        String file = System.getProperty("flick.jvm.options");
        if (file == null || !java.nio.file.Files.isRegularFile(Path.of(file))) {
            throw new IllegalStateException("-Dflick.jvm.options must name server/jvm.options (the bench pom sets it), got " + file);
        }
        return file;
    }

    private final Process process;
    private final int port;

    private FlickProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the server and waits until its readiness probe answers 200.
     *
     * @param port       the same one again when restarting, so clients keep their base URL
     * @param jvmOptions besides {@link #REQUIRED_JVM_OPTIONS}: heap, profiling
     * @param arguments  Spring Boot arguments ({@code --name=value}); the port is added here
     * @param log        where its standard output and error go
     */
    public static FlickProcess start(int port, List<String> jvmOptions, List<String> arguments, Path log, Duration timeout)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(REQUIRED_JVM_OPTIONS);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FlickApplication.class.getName()));
        command.addAll(arguments);
        command.add("--server.port=" + port);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        FlickProcess server = new FlickProcess(process, port);
        server.awaitReady(timeout, log);
        return server;
    }

    public String base() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hooks, requests in flight are cut. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM: a graceful shutdown (the index commits, PostgreSQL connections close), then wait for it. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void awaitReady(Duration timeout, Path log) throws InterruptedException {
        var http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Flick server exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the Flick server was not ready within " + timeout + "; see " + log);
    }

    public static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
