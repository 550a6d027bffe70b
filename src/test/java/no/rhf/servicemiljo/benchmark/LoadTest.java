package no.rhf.servicemiljo.benchmark;

import no.rhf.servicemiljo.benchmark.LoadPlan.Slot;
import no.rhf.servicemiljo.benchmark.LoadPlan.Work;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Load test (issue #18): N simulated users against a running production jar on loopback (started by
 * {@code scripts/load-test.sh}, which passes {@code -Dload.url}, {@code -Dload.pid} and {@code -Dload.db}); no Spring
 * context here. Each user is a {@link UidlSession} speaking Vaadin's protocol: 80 % work in an assessment (a
 * reference group of up to 7 per report, one criterion each; one field change every {@code load.interval} s,
 * alternately the rating and a few characters in the comment), 20 % keep the dashboard open and navigate to the
 * report list and back every 30 s; all send the 10-s heartbeat and hold the push connection, so every change is
 * pushed to the report's other readers. After the ramp-up, {@code load.seconds} are measured; then every tab
 * closes (unload beacon) and each assessment user's field is checked in the database. Prints figures, never
 * asserts times.
 */
@Tag("benchmark")
class LoadTest {

    private static final String PASSWORD = "servicemiljo";
    /** The rating select's values (the browser sends the chosen one). */
    private static final String[] RATINGS = {"MET", "PARTLY_MET", "NOT_MET", "NOT_RELEVANT"};
    private static final double TARGET_P95_MS = 100;

    private final String url = System.getProperty("load.url", "");
    private final long seconds = Long.getLong("load.seconds", 60);
    /** After the ramp-up, before measuring: every user has made a change (the app's code paths are warm). */
    private final long warmUpSeconds = Long.getLong("load.warmUp", 15);
    private final long intervalMs = Long.getLong("load.interval", 10) * 1000;
    private final long heartbeatMs = 10_000;
    private final long navigateMs = 30_000;
    private final double dashboardShare = Double.parseDouble(System.getProperty("load.dashboardShare", "0.2"));
    private final int rampParallel = Integer.getInteger("load.rampParallel", 4);

    /** One round's measurements. */
    static final class Round {
        final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        volatile boolean measuring;
        volatile boolean stopping;

        void record(String kind, long ns) {
            if (measuring) {
                nanos.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(ns);
            }
        }

        void error(String kind, Exception e) {
            errors.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
            if (errorSamples.size() < 5) {
                errorSamples.add(kind + ": " + e);
            }
        }
    }

    @Test
    void simulatedUsers() throws Exception {
        assumeTrue(!url.isBlank(), "run through scripts/load-test.sh (needs -Dload.url, -Dload.pid, -Dload.db)");
        URI base = URI.create(url.endsWith("/") ? url : url + "/");
        AppProcess app = new AppProcess(Long.getLong("load.pid", -1), Long.getLong("load.dbPid", -1));
        List<Integer> steps = new ArrayList<>(Arrays.stream(System.getProperty("load.sessions", "50,100,200").split("[ ,]+"))
                .filter(s -> !s.isBlank()).map(Integer::valueOf).toList());
        boolean extend = Boolean.getBoolean("load.extend");
        int cores = Runtime.getRuntime().availableProcessors();
        List<String> rows = new ArrayList<>();
        Integer highest = null;
        Integer highestEditing = null;
        String header = "| sessions | UIDL requests | p50 ms | p95 ms | max ms | field change p50/p95 | navigation p50/p95 | heartbeat p50/p95 "
                + "| pushed messages | app JVM CPU per core | PostgreSQL CPU per core | driver CPU per core | heap used / live MB | errors | fields checked | app log errors |";
        for (int i = 0; i < steps.size(); i++) {
            int n = steps.get(i);
            Result result = run(base, app, n, cores);
            rows.add(result.row);
            System.out.println(header);
            System.out.println("|---:|---:|---:|---:|---:|---|---|---|---:|---:|---:|---:|---|---|---|---:|");
            rows.forEach(System.out::println);
            if (result.meetsTarget) {
                highest = n;
            }
            if (result.editingMeetsTarget) {
                highestEditing = n;
                if (extend && i == steps.size() - 1 && n < Integer.getInteger("load.max", 1000)) {
                    steps.add(n * 3 / 2); // -Dload.extend=true: go on while field changes keep the target
                }
            }
            Thread.sleep(5_000); // let the closed tabs go before the next round
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Load test on %d cores, load average now %s; %d s measured per row after %d s of warm-up, a field change every %d s per "
                        + "assessment user, %.0f %% on the dashboard.%n", cores, loadAverage(), seconds, warmUpSeconds, intervalMs / 1000, dashboardShare * 100);
        System.out.println("highest N with p95 ≤ " + (int) TARGET_P95_MS + " ms: " + (highest == null ? "none of " + steps : highest)
                + " (all UIDL requests: field changes and navigations; heartbeats shown apart)");
        System.out.println("highest N with p95 ≤ " + (int) TARGET_P95_MS + " ms for field changes alone: "
                + (highestEditing == null ? "none of " + steps : highestEditing) + " (with no errors)");
    }

    record Result(String row, boolean meetsTarget, boolean editingMeetsTarget) {
    }

    private Result run(URI base, AppProcess app, int n, int cores) throws Exception {
        List<Slot> slots = LoadPlan.plan(n, dashboardShare);
        Round round = new Round();
        List<Work> work = Collections.synchronizedList(new ArrayList<>());
        List<UidlSession> open = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        ExecutorService io = Executors.newVirtualThreadPerTaskExecutor(); // the HTTP clients', open until the tabs closed
        Semaphore ramp = new Semaphore(rampParallel);
        AtomicInteger ready = new AtomicInteger();
        long rampStart = System.nanoTime();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            long seed = i;
            threads.submit(() -> {
                UidlSession session = new UidlSession(base, io);
                open.add(session);
                Work done = new Work(slot);
                try {
                    ramp.acquire();
                    try {
                        start(session, done);
                    } finally {
                        ramp.release();
                    }
                    work.add(done);
                    ready.incrementAndGet();
                    simulate(session, done, round, new Random(seed));
                } catch (Exception e) {
                    round.error("open", e);
                    ready.incrementAndGet();
                }
                return null;
            });
        }
        while (ready.get() < slots.size() && System.nanoTime() - rampStart < TimeUnit.MINUTES.toNanos(10)) {
            Thread.sleep(200);
        }
        double rampSeconds = (System.nanoTime() - rampStart) / 1e9;
        Thread.sleep(warmUpSeconds * 1000);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long logErrorsBefore = logErrors();
        AppProcess.Cpu cpuBefore = app.cpu();
        long driverBefore = os.getProcessCpuTime();
        long wallBefore = System.nanoTime();
        java.time.Instant from = java.time.Instant.now();
        round.measuring = true;
        Thread.sleep(seconds * 1000);
        round.measuring = false;
        System.out.println(n + " sessions: measured " + from + " – " + java.time.Instant.now() + " (to match the app's log)");
        double wall = (System.nanoTime() - wallBefore) / 1e9;
        AppProcess.Cpu cpu = app.cpu().minus(cpuBefore);
        long logErrors = logErrors() - logErrorsBefore;
        double driverCpu = (os.getProcessCpuTime() - driverBefore) / 1e9;
        long heapUsed = app.heapUsedMb();
        long pushed = open.stream().mapToLong(UidlSession::pushedMessages).sum();
        long pushOpen = open.stream().filter(UidlSession::pushOpen).count();
        long live = app.liveHeapMb();
        round.stopping = true;
        threads.shutdown();
        threads.awaitTermination(2, TimeUnit.MINUTES);
        open.parallelStream().forEach(UidlSession::close);
        io.shutdown();
        String checked = LoadPlan.verify(work);

        List<Long> uidl = new ArrayList<>();
        uidl.addAll(round.nanos.getOrDefault("rating", List.of()));
        uidl.addAll(round.nanos.getOrDefault("comment", List.of()));
        uidl.addAll(round.nanos.getOrDefault("navigation", List.of()));
        List<Long> changes = new ArrayList<>(round.nanos.getOrDefault("rating", List.of()));
        changes.addAll(round.nanos.getOrDefault("comment", List.of()));
        int errors = round.errors.values().stream().mapToInt(AtomicInteger::get).sum();
        double p95 = percentile(uidl, 95);
        String row = String.format(Locale.ROOT, "| %d (%d assessment, %d dashboard; ramp-up %.0f s, push open %d) | %d | %.0f | %.0f | %.0f | %s | %s | %s "
                        + "| %d | %.2f | %.3f | %.2f | %d / %d | %d %s | %s | %s |",
                n, slots.stream().filter(s -> !s.dashboard()).count(), slots.stream().filter(Slot::dashboard).count(), rampSeconds, pushOpen,
                uidl.size(), percentile(uidl, 50), p95, percentile(uidl, 100), pair(changes), pair(round.nanos.get("navigation")),
                pair(round.nanos.get("heartbeat")), pushed, cpu.jvmSeconds() / wall / cores, cpu.databaseSeconds() / wall / cores,
                driverCpu / wall / cores, heapUsed, live, errors, round.errors.isEmpty() ? "" : round.errors.toString(), checked,
                logErrors < 0 ? "–" : Long.toString(logErrors));
        round.errorSamples.forEach(e -> System.out.println("error sample: " + e));
        return new Result(row, !uidl.isEmpty() && p95 <= TARGET_P95_MS && errors == 0,
                !changes.isEmpty() && percentile(changes, 95) <= TARGET_P95_MS && errors == 0);
    }

    /** Signs in and opens the slot's view; an assessment must show the slot's rating and co-edited comment. */
    private static void start(UidlSession session, Work work) throws Exception {
        session.login(work.slot.username(), PASSWORD);
        if (work.slot.dashboard()) {
            session.open("dashboard");
            return;
        }
        session.open("reports/" + work.slot.report());
        for (String field : List.of("field-rating-" + work.slot.criterion(), "field-comment-" + work.slot.criterion())) {
            if (!session.hasElement(field)) {
                throw new IllegalStateException("report " + work.slot.report() + " shows no #" + field + " to " + work.slot.username());
            }
        }
    }

    /** The user's life until the round stops: field changes (or navigations) and heartbeats at their rates. */
    private void simulate(UidlSession session, Work work, Round round, Random random) throws InterruptedException {
        long now = System.currentTimeMillis();
        long actionEvery = work.slot.dashboard() ? navigateMs : intervalMs;
        long nextAction = now + (long) (random.nextDouble() * actionEvery);
        long nextHeartbeat = now + (long) (random.nextDouble() * heartbeatMs);
        String origin = UUID.randomUUID().toString();
        int actions = 0;
        while (!round.stopping) {
            long wait = Math.min(nextAction, nextHeartbeat) - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(Math.min(wait, 500));
                continue;
            }
            if (nextHeartbeat <= System.currentTimeMillis()) {
                nextHeartbeat += heartbeatMs;
                try {
                    round.record("heartbeat", session.heartbeat());
                } catch (Exception e) {
                    round.error("heartbeat", e);
                }
                continue;
            }
            nextAction += actionEvery;
            actions++;
            String kind = work.slot.dashboard() ? "navigation" : actions % 2 == 1 ? "rating" : "comment";
            try {
                UidlSession.Answer answer = switch (kind) {
                    case "navigation" -> session.navigate(actions % 2 == 1 ? "reports" : "dashboard");
                    case "rating" -> {
                        String rating = RATINGS[random.nextInt(RATINGS.length)];
                        UidlSession.Answer a = session.selectValue("field-rating-" + work.slot.criterion(), rating);
                        if (refused(a)) {
                            throw new IllegalStateException("the rating was refused: " + a.json());
                        }
                        work.lastRating = rating;
                        yield a;
                    }
                    default -> {
                        String typed = "ord" + actions + " ";
                        UidlSession.Answer a = session.appendText("field-comment-" + work.slot.criterion(), origin, actions, typed);
                        if (a.json().toString().contains("coedit.error") || a.json().toString().contains("smCoedit.rejected")) {
                            throw new IllegalStateException("the edit was refused: " + a.json());
                        }
                        work.lastTyped = typed;
                        yield a;
                    }
                };
                round.record(kind, answer.nanos());
            } catch (Exception e) {
                round.error(kind, e);
            }
        }
    }

    /** The view marked the field invalid (the save failed: the server sets {@code invalid = true} on the select). */
    private static boolean refused(UidlSession.Answer answer) {
        for (var execute : answer.json().path("execute")) {
            if (execute.get(execute.size() - 1).asString().contains("this.invalid = $0") && execute.get(0).asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    private static String pair(List<Long> nanos) {
        if (nanos == null || nanos.isEmpty()) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.0f / %.0f (%d)", percentile(nanos, 50), percentile(nanos, 95), nanos.size());
    }

    /** The nearest-rank percentile in ms (of nanoseconds). */
    static double percentile(List<Long> nanos, int p) {
        return nanos.isEmpty() ? Double.NaN : Propagation.percentile(nanos, p) / 1e6;
    }

    /**
     * Errors and uncaught exceptions the app has logged so far ({@code -Dload.appLog}, its console log), -1 if unknown:
     * the row shows those logged while it was measured.
     */
    private static long logErrors() {
        String log = System.getProperty("load.appLog", "");
        if (log.isBlank()) {
            return -1;
        }
        try (var lines = java.nio.file.Files.lines(java.nio.file.Path.of(log), java.nio.charset.StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains(" ERROR ") || l.startsWith("Exception in thread")).count();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
