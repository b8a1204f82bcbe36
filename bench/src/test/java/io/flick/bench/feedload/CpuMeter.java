package io.flick.bench.feedload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Processor time from Linux's {@code /proc}: of the Flick server, of its PostgreSQL (the postmaster
 * and its backends), of this JVM (the load generator) and of the whole machine. Read at the edges
 * of each load step, it says how many cores each used during the step, and how much went to other
 * work on the machine: the noise the side-by-side ratio is there to cancel.
 */
final class CpuMeter {

    /** USER_HZ: the unit of /proc times; 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private final long server;
    private final long postmaster;
    private final long self = ProcessHandle.current().pid();

    CpuMeter(long serverPid, long postmasterPid) {
        this.server = serverPid;
        this.postmaster = postmasterPid;
    }

    /** Processor seconds used so far by each party. */
    record Reading(long atNanos, double server, double postgres, double loadGenerator, double machine) {

        /** Cores used by each between {@code before} and this reading. */
        Usage since(Reading before) {
            double seconds = (atNanos - before.atNanos) / 1e9;
            return new Usage((server - before.server) / seconds, (postgres - before.postgres) / seconds,
                    (loadGenerator - before.loadGenerator) / seconds, (machine - before.machine) / seconds);
        }
    }

    /** Cores (1.0 = one core busy all the time). */
    record Usage(double server, double postgres, double loadGenerator, double machine) {
        double others() {
            return Math.max(0, machine - server - postgres - loadGenerator);
        }
    }

    Reading read() {
        return new Reading(System.nanoTime(), seconds(server), postgres(), seconds(self), machine());
    }

    /** The postmaster's pid, from the first line of {@code postmaster.pid} in its data directory. */
    static long postmasterPid(Path dataDirectory) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().trim());
    }

    private double postgres() {
        double total = seconds(postmaster);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                List<String> fields = stat(process);
                if (fields.size() > 14 && Long.parseLong(fields.get(1)) == postmaster) {
                    total += ticks(fields) / TICKS_PER_SECOND;
                }
            }
        } catch (IOException e) {
            return total;
        }
        return total;
    }

    private static double seconds(long pid) {
        List<String> fields = stat(Path.of("/proc", Long.toString(pid)));
        return fields.size() > 14 ? ticks(fields) / TICKS_PER_SECOND : 0;
    }

    /** utime + stime, fields 14 and 15 of /proc/pid/stat (counted after the parenthesised command). */
    private static long ticks(List<String> afterCommand) {
        return Long.parseLong(afterCommand.get(11)) + Long.parseLong(afterCommand.get(12));
    }

    /** The fields after the command name (which may contain spaces): state, ppid, …; empty if the process is gone. */
    private static List<String> stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            return List.of(line.substring(line.lastIndexOf(')') + 2).trim().split(" "));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Busy time of all cores: everything in the first line of /proc/stat but idle and iowait. */
    private static double machine() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < Math.min(fields.length, 9); i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(fields[i]);
                }
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException e) {
            return 0;
        }
    }
}
