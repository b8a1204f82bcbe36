package io.flick.bench.feedload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The run's figures as a Markdown section appended to {@code docs/benchmarks/feed-latency.md}
 * (whose top explains how to read them), and printed.
 */
final class FeedLatencyReport {

    static final int TRIVIAL_P99_LIMIT_MS = 10;
    static final int FOR_YOU_P99_TARGET_MS = 50;

    /** How the load was driven, for the report's prose. */
    record Load(int warmupSeconds, int stepSeconds, int settleSeconds, int pages, int limit, double anonymousShare,
                int signedIn, String trivialPath) {
    }

    private final List<StepFigures> steps;
    private final Load load;
    private final String seeding;
    private final String serverJvm;
    private final String command;

    FeedLatencyReport(List<StepFigures> steps, Load load, String seeding, String serverJvm, String command) {
        this.steps = steps;
        this.load = load;
        this.seeding = seeding;
        this.serverJvm = serverJvm;
        this.command = command;
    }

    /** The highest step whose trivial p99 stays under the limit: the load the target is judged at. */
    Optional<StepFigures> judgedStep() {
        return steps.stream().filter(s -> s.trivial().count() > 0 && s.trivial().p99() < TRIVIAL_P99_LIMIT_MS)
                .reduce((lower, higher) -> higher);
    }

    String markdown(String machine, String commit) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n## Run of %s (commit %s)%n%n", LocalDate.now(), commit));
        out.append(machine).append(String.format(Locale.ROOT,
                " One Flick server (`%s`), its PostgreSQL and the Gatling load generator share the machine.%n%n",
                serverJvm));
        out.append(String.format(Locale.ROOT, "Load: closed model, %d s per step after a %d s warm-up (the first %d s of each "
                        + "step are not counted). At each step *n* virtual users page through For You (`limit=%d`, %d pages "
                        + "per visit following `next_cursor`; %.0f%% are anonymous visitors, the others one of %,d signed-in "
                        + "users picked at random) while *n* others call `GET %s` signed in; all without pauses.%n%n",
                load.stepSeconds(), load.warmupSeconds(), load.settleSeconds(), load.limit(), load.pages(),
                100 * load.anonymousShare(), load.signedIn(), load.trivialPath()));
        out.append("| users per endpoint | For You pages/s | For You p50 / p99 | first pages p50 / p99 | trivial req/s | "
                + "trivial p50 / p99 | For You / trivial throughput | fallback pages | errors | cores: server / PostgreSQL / Gatling / other |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (StepFigures step : steps) {
            CpuMeter.Usage cpu = step.cpu();
            out.append(String.format(Locale.ROOT, "| %d | %.1f | %d / %d ms | %d / %d ms | %.0f | %d / %d ms | %.3f | %.1f%% | %d | %s |%n",
                    step.concurrency(), step.forYou().perSecond(), step.forYou().p50(), step.forYou().p99(),
                    step.firstPages().p50(), step.firstPages().p99(), step.trivial().perSecond(), step.trivial().p50(), step.trivial().p99(),
                    step.throughputRatio(), 100 * step.fallbackShare(), step.forYou().errors() + step.trivial().errors(),
                    cpu == null ? "–" : String.format(Locale.ROOT, "%.2f / %.2f / %.2f / %.2f", cpu.server(), cpu.postgres(),
                            cpu.loadGenerator(), cpu.others())));
        }
        out.append('\n');
        Optional<StepFigures> judged = judgedStep();
        if (judged.isPresent()) {
            StepFigures step = judged.get();
            boolean met = step.forYou().p99() < FOR_YOU_P99_TARGET_MS;
            out.append(String.format(Locale.ROOT, "**Target** (For You p99 < %d ms at the highest load where the trivial "
                            + "endpoint's p99 is under %d ms): that load is %d + %d users (%.1f For You pages/s beside %.0f "
                            + "trivial requests/s); For You p99 there is **%d ms: %s**. Average cards per page: %.1f.%n",
                    FOR_YOU_P99_TARGET_MS, TRIVIAL_P99_LIMIT_MS, step.concurrency(), step.concurrency(), step.forYou().perSecond(),
                    step.trivial().perSecond(), step.forYou().p99(), met ? "met" : "missed", step.cardsPerPage()));
        } else {
            out.append(String.format(Locale.ROOT, "**Target**: no step kept the trivial endpoint's p99 under %d ms, so the "
                    + "target cannot be judged on this run (the machine was too busy).%n", TRIVIAL_P99_LIMIT_MS));
        }
        out.append('\n').append(seeding).append('\n');
        out.append("Reproduce: `").append(command).append("`\n");
        return out.toString();
    }

    void append(Path file, String section) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# For You latency and load\n");
        }
        Files.writeString(file, section, StandardOpenOption.APPEND);
    }

    /** Processors, model, memory, JDK and the load average before the run (how busy the shared machine was). */
    static String machine() {
        String model = read("/proc/cpuinfo").lines().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown processor");
        String memory = read("/proc/meminfo").lines().filter(l -> l.startsWith("MemTotal")).findFirst()
                .map(l -> String.format(Locale.ROOT, "%.0f GB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                .orElse("? GB");
        String load = read("/proc/loadavg").split(" ")[0];
        return String.format(Locale.ROOT, "Machine: %d cores (%s), %s RAM, JDK %s; load average %s when the run started.",
                Runtime.getRuntime().availableProcessors(), model, memory, System.getProperty("java.runtime.version"), load);
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }
}
