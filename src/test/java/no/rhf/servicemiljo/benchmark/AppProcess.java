package no.rhf.servicemiljo.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app under load seen from outside, on Linux: CPU time of its JVM and of its database (the embedded
 * PostgreSQL's server process, which detaches from the JVM, and its backends) from {@code /proc}, and the JVM's
 * heap through {@code jcmd}.
 */
final class AppProcess {

    /** CPU seconds of the JVM and of the database server with its backends. */
    record Cpu(double jvmSeconds, double databaseSeconds) {
        Cpu minus(Cpu earlier) {
            return new Cpu(jvmSeconds - earlier.jvmSeconds, databaseSeconds - earlier.databaseSeconds);
        }
    }

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total.*?used (\\d+)K");
    private final long pid;
    private final long databasePid;
    private final double ticksPerSecond = clockTicks();

    /** {@code databasePid}: PostgreSQL's server process (first line of its postmaster.pid), or -1 if not measured. */
    AppProcess(long pid, long databasePid) {
        this.pid = pid;
        this.databasePid = databasePid;
    }

    Cpu cpu() throws IOException {
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, Long> ticks = new HashMap<>();
        try (var entries = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path dir : entries) {
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    // After the command's ")" : state ppid ... utime(14) stime(15), counted from field 3.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long id = Long.parseLong(dir.getFileName().toString());
                    parents.put(id, Long.parseLong(fields[1]));
                    ticks.put(id, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (IOException | RuntimeException e) {
                    // the process ended while it was read
                }
            }
        }
        long database = 0;
        for (var entry : ticks.entrySet()) {
            if (entry.getKey() == databasePid || descends(entry.getKey(), databasePid, parents)) {
                database += entry.getValue();
            }
        }
        return new Cpu(ticks.getOrDefault(pid, 0L) / ticksPerSecond, database / ticksPerSecond);
    }

    private static boolean descends(long id, long root, Map<Long, Long> parents) {
        for (int depth = 0; depth < 10; depth++) {
            Long parent = parents.get(id);
            if (parent == null || parent <= 1) {
                return false;
            }
            if (parent == root) {
                return true;
            }
            id = parent;
        }
        return false;
    }

    /** Heap in use now, in MB (-1 if jcmd cannot tell). */
    long heapUsedMb() {
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info").replace('\n', ' '));
        return used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
    }

    /** Heap in use after a full collection (what the open sessions really hold), in MB. */
    long liveHeapMb() {
        jcmd("GC.run");
        return heapUsedMb();
    }

    private String jcmd(String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static double clockTicks() {
        try {
            Process process = new ProcessBuilder("getconf", "CLK_TCK").start();
            List<String> lines = new ArrayList<>(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            return lines.isEmpty() ? 100 : Double.parseDouble(lines.getFirst().trim());
        } catch (IOException | RuntimeException e) {
            return 100;
        }
    }
}
