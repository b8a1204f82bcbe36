package io.flick.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.test.util.TestSocketUtils;

import io.flick.FlickApplication;

/**
 * A Flick server in a JVM of its own (the test's classpath), for tests that must kill it the hard
 * way (SIGKILL: no shutdown hooks, its PostgreSQL keeps running) and start again.
 */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** server/jvm.options, the JVM options of every Flick server (surefire passes its path). */
    private static String jvmOptionsFile() {
        String file = System.getProperty("flick.jvm.options");
        if (file == null || !Files.isRegularFile(Path.of(file))) {
            throw new IllegalStateException("-Dflick.jvm.options must name server/jvm.options (the parent pom sets it), got " + file);
        }
        return file;
    }

    /** Starts the server on {@code dataDir} and waits until it is ready. */
    public static ServerProcess start(Path dataDir, String... arguments) throws IOException {
        int port = TestSocketUtils.findAvailableTcpPort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "@" + jvmOptionsFile(),
                "-cp", System.getProperty("java.class.path"), FlickApplication.class.getName(),
                "--flick.data-dir=" + dataDir, "--server.port=" + port, "--flick.account.dev-outbox=on"));
        command.addAll(List.of(arguments));
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-server.log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var http = HttpClient.newHttpClient();
        try {
            // Generous: a second JVM starting beside the test's own on a loaded 2-core machine.
            await().atMost(Duration.ofMinutes(3)).ignoreExceptions().until(() -> http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            process.destroyForcibly();
            List<String> lines = Files.readAllLines(log);
            throw new IllegalStateException("the server did not become ready; the end of its log:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())), e);
        }
        return new ServerProcess(process, port);
    }

    public int port() {
        return port;
    }

    /** SIGKILL, and wait until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
