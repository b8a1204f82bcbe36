package io.flick;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command, {@code ./flick}, driven with a stand-in {@code java} (a shell script that
 * records its arguments and waits for a signal as the JVM does), so its start line and its way of
 * stopping are checked in milliseconds; the real server under {@code ./flick} is checked by hand
 * (see the README).
 */
class RunCommandTests {

    /** The repository root: server/jvm.options, whose path the build passes to the tests, is in it. */
    private static final Path ROOT = Path.of(System.getProperty("flick.jvm.options")).toAbsolutePath().getParent().getParent();

    @TempDir
    Path dir;

    @Test
    void startsTheJarWithTheSharedJvmOptionsAndTheDevProfile() throws Exception {
        Path args = dir.resolve("args");
        Process flick = start(fakeJdk("25", args), "--server.port=9999");

        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(args) && !Files.readString(args).isBlank());
        assertThat(Files.readString(args).strip()).isEqualTo(
                "@server/jvm.options -jar server/target/flick-server-exec.jar --spring.profiles.active=dev --server.port=9999");
        flick.destroy();
        assertThat(flick.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aStopRequestEndsTheServerGracefullyAndTheCommandWithExitCodeZero() throws Exception {
        Path args = dir.resolve("args");
        Process flick = start(fakeJdk("25", args));
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(args) && !Files.readString(args).isBlank());

        flick.toHandle().destroy(); // SIGTERM (Process.destroy would also close its output); Ctrl-C takes the same trap

        assertThat(flick.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(args)).contains("stopped by SIGTERM"); // forwarded to the JVM, not a kill
        assertThat(flick.exitValue()).isZero();
        assertThat(new String(flick.getInputStream().readAllBytes())).contains("Flick stopped.");
    }

    @Test
    void refusesAJdkOlderThan21SayingWhatToInstall() throws Exception {
        Process flick = start(fakeJdk("17", dir.resolve("args")));

        assertThat(flick.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(flick.exitValue()).isEqualTo(1);
        assertThat(new String(flick.getErrorStream().readAllBytes()))
                .contains("Flick needs a JDK 21 or newer; found 17").contains("JAVA_HOME");
        assertThat(dir.resolve("args")).doesNotExist();
    }

    private Process start(Path javaHome, String... arguments) throws IOException {
        var command = new java.util.ArrayList<>(java.util.List.of("bash", ROOT.resolve("flick").toString()));
        command.addAll(java.util.List.of(arguments));
        var builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("FLICK_BUILD", "never");
        return builder.start();
    }

    /** A JDK whose java reports {@code version} and otherwise behaves like a server: runs until a signal. */
    private Path fakeJdk(String version, Path args) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("jdk").resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                if [ "$1" = -XshowSettings:properties ]; then
                  echo "    java.specification.version = %s" >&2
                  exit 0
                fi
                trap 'echo "stopped by SIGTERM" >> "%s"; exit 143' TERM
                echo "$*" > "%s"
                while :; do sleep 0.05; done
                """.formatted(version, args, args));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin.getParent();
    }
}
